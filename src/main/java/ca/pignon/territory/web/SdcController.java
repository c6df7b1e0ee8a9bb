package ca.pignon.territory.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.platform.PignonUser;
import ca.pignon.territory.TerritoryManagement;
import ca.pignon.territory.TerritoryRefused;

/**
 * The SDC layer, for managers: the areas in force on the map, who uploaded them and when, and the form to upload a
 * new GeoJSON file. A refused file keeps the page, with every problem listed; nothing is stored then.
 */
@Controller
class SdcController {

	private final TerritoryManagement territory;

	private final MessageSource messages;

	SdcController(TerritoryManagement territory, MessageSource messages) {
		this.territory = territory;
		this.messages = messages;
	}

	@GetMapping("/territory/sdc")
	String page(Model model) {
		model.addAttribute("layer", territory.sdcLayer().orElse(null));
		model.addAttribute("map", territory.areaMap("sdc"));
		return "territory/sdc";
	}

	@PostMapping("/territory/sdc")
	String upload(@RequestParam(required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		try {
			byte[] content = file == null ? new byte[0] : file.getBytes();
			String name = fileName(file == null ? null : file.getOriginalFilename());
			var layer = territory.uploadSdcLayer(content, name, user.displayName());
			flash.addFlashAttribute("flash", "territory.sdc.uploaded");
			flash.addFlashAttribute("uploadedCount", layer.areas().size());
			return "redirect:/territory/sdc";
		}
		catch (IOException ex) {
			return refused(new TerritoryRefused("territory.sdc.error.unreadable"), locale, model, response);
		}
		catch (TerritoryRefused refused) {
			return refused(refused, locale, model, response);
		}
	}

	private String refused(TerritoryRefused refused, Locale locale, Model model, HttpServletResponse response) {
		FormErrors.show(refused, "", messages, locale, model);
		model.addAttribute("problemCount", refused.problems().size());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model);
	}

	/** The name the browser gave, as a label that fits its column (300 characters). */
	static String fileName(@Nullable String original) {
		return ca.pignon.platform.FileNames.sendersName(original, 300);
	}

}
