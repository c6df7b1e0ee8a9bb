package ca.pignon.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormKeepingPolicyTests {

	@Test
	void aFormGoesBackOnlyToAPageOfThisSite() {
		assertThat(FormKeepingPolicy.page("https://pignon.example/plan/my/steps/3?tab=note", "https", "pignon.example",
				443))
			.hasValue("/plan/my/steps/3?tab=note");
		assertThat(FormKeepingPolicy.page("http://localhost:8080/account", "http", "localhost", 8080))
			.hasValue("/account");
		assertThat(FormKeepingPolicy.page("https://evil.example/account", "https", "pignon.example", 443)).isEmpty();
		assertThat(FormKeepingPolicy.page("http://pignon.example/account", "https", "pignon.example", 443)).isEmpty();
		assertThat(FormKeepingPolicy.page("https://pignon.example:8443/account", "https", "pignon.example", 443))
			.isEmpty();
		assertThat(FormKeepingPolicy.page(null, "https", "pignon.example", 443)).isEmpty();
		assertThat(FormKeepingPolicy.page("not a uri at all", "https", "pignon.example", 443)).isEmpty();
	}

	@Test
	void secretsAndTheFormsMarksAreNeverKept() {
		var parameters = new LinkedHashMap<String, String[]>();
		parameters.put("_csrf", new String[] { "t" });
		parameters.put(OwnerField.NAME, new String[] { "a" });
		parameters.put("currentPassword", new String[] { "secret one" });
		parameters.put("apiToken", new String[] { "pgn_x" });
		parameters.put("note", new String[] { "J’ai appelé le fournisseur." });
		parameters.put("days", new String[] { "MONDAY", "FRIDAY" });
		var kept = FormKeepingPolicy.fields(parameters);
		assertThat(kept.keySet()).containsExactly("note", "days");
		assertThat(kept.get("days")).containsExactly("MONDAY", "FRIDAY");
	}

	@Test
	void aValueTooLongToBeTypedIsLeftOut() {
		var kept = FormKeepingPolicy.fields(Map.of("note",
				new String[] { "x".repeat(FormKeepingPolicy.MAX_VALUE_LENGTH + 1), "court" }));
		assertThat(kept.get("note")).containsExactly("court");
	}

	@Test
	void aFormLargerThanAPersonTypesIsKeptOnlyUpToTheTotal() {
		var parameters = new LinkedHashMap<String, String[]>();
		for (int i = 0; i < 10; i++) {
			parameters.put("note" + i, new String[] { "x".repeat(FormKeepingPolicy.MAX_VALUE_LENGTH) });
		}
		var kept = FormKeepingPolicy.fields(parameters);
		int total = kept.entrySet()
			.stream()
			.mapToInt(field -> field.getValue().stream().mapToInt(value -> field.getKey().length() + value.length()).sum())
			.sum();
		assertThat(total).isLessThanOrEqualTo(FormKeepingPolicy.MAX_TOTAL_LENGTH).isPositive();
		assertThat(kept.get("note9")).isEmpty();
	}

	@Test
	void aKeptFormGoesBackToItsAuthorOnly() {
		var mine = new KeptForm("/account", "account-1", new LinkedHashMap<String, ArrayList<String>>(), false);
		assertThat(FormKeepingPolicy.returnsTo(mine, "account-1")).isTrue();
		assertThat(FormKeepingPolicy.returnsTo(mine, "account-2")).isFalse();
		assertThat(FormKeepingPolicy.returnsTo(mine, null)).isFalse();
		var beforeSigningIn = new KeptForm("/register", null, new LinkedHashMap<>(
				Map.of("tradeName", new ArrayList<>(List.of("Fromagerie")))), false);
		assertThat(FormKeepingPolicy.returnsTo(beforeSigningIn, null)).isTrue();
		assertThat(FormKeepingPolicy.returnsTo(beforeSigningIn, "account-1")).isFalse();
	}

}
