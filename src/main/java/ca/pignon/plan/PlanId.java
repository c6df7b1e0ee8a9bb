package ca.pignon.plan;

import java.util.UUID;

public record PlanId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}

}
