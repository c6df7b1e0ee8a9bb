package bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** One page with a form (and its CSRF token), behind Spring Security's default filters: the reference of the load test. */
@SpringBootApplication
@Controller
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

	@Bean
	SecurityFilterChain security(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(requests -> requests.requestMatchers("/", "/page").permitAll()
			.anyRequest()
			.authenticated()).formLogin(Customizer.withDefaults()).build();
	}

	@GetMapping({ "/", "/page" })
	String page(Model model) {
		model.addAttribute("name", "Pignon");
		return "page";
	}

}
