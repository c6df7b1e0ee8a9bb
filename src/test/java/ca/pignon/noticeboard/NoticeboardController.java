package ca.pignon.noticeboard;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The notice board's page and its API. (A module says {@code @Controller} alone; see {@link NoticeboardRoutes} for
 * why this fixture does not.)
 */
@TestComponent
@Controller
class NoticeboardController {

	private final MessageSource messages;

	NoticeboardController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/noticeboard")
	String board() {
		return "noticeboard/board";
	}

	@GetMapping("/api/v1/noticeboard/notices")
	@ResponseBody
	List<String> notices(Locale locale) {
		return List.of(messages.getMessage("noticeboard.notice.closing", null, locale));
	}

}
