package ca.pignon.webaudit;

import java.util.UUID;

public record WebAuditId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
