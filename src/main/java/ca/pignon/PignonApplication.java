package ca.pignon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

import ca.pignon.handover.HandoverCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class PignonApplication {

	public static void main(String[] args) {
		if (HandoverCommand.requested(args)) {
			// the program hand-over from the command line: no web server, run, exit
			System.exit(HandoverCommand.run(PignonApplication.class, args));
		}
		SpringApplication.run(PignonApplication.class, args);
	}

}
