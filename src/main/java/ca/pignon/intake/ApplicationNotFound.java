package ca.pignon.intake;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApplicationNotFound extends RuntimeException {

	public ApplicationNotFound() {
		super("application not found");
	}

}
