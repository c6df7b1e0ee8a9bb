package ca.pignon.platform;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page may show who runs the program (footer, privacy page).
 */
@ControllerAdvice
class ProgramModel {

	private final ProgramSettings program;

	private final boolean demo;

	ProgramModel(ProgramSettings program, Environment environment) {
		this.program = program;
		this.demo = environment.matchesProfiles("demo");
	}

	/** The demo profile says so on every page: its data is fictional. */
	@ModelAttribute("demo")
	boolean demo() {
		return demo;
	}

	@ModelAttribute("program")
	ProgramSettings program() {
		return program;
	}

}
