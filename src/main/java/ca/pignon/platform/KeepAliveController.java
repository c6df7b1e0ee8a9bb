package ca.pignon.platform;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Rester connecté": any request to the session resets its clock, this one does nothing else. */
@Controller
class KeepAliveController {

	@GetMapping("/session/keepalive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
	}

}
