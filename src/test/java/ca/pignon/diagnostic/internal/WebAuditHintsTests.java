package ca.pignon.diagnostic.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.AnswerHint;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.webaudit.AuditCheck;
import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.WebAudit;
import ca.pignon.webaudit.WebAuditId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web audit read as suggested answers of the shipped question bank: only what the audit establishes, always a
 * valid answer of the bank, with what the audit found as the reason.
 */
class WebAuditHintsTests {

	static final QuestionBank BANK = ShippedBank.read();

	@Test
	void theBankNamesOnlyChecksTheAuditMakes() {
		assertThat(BANK.dimensions().stream().flatMap(dimension -> dimension.questions().stream())
			.flatMap(question -> question.auditChecks().stream())).isNotEmpty().allMatch(CheckIds.ALL::contains);
	}

	@Test
	void aSiteThatPassesEverythingSuggestsValidAnswersOfTheShippedBank() {
		// given
		WebAudit audit = audit(Map.of(CheckIds.SOCIAL_LINKS,
				"facebook.com/boulangeriedufaubourg, instagram.com/boulangeriedufaubourg", CheckIds.ONLINE_SALES,
				"Shopify"), CheckStatus.PASS);

		// when
		List<AnswerHint> hints = WebAuditHints.hints(audit);

		// then every suggestion is an answer the bank accepts, on a question that names the check it comes from
		assertThat(hints).isNotEmpty().allSatisfy(hint -> {
			Question question = BANK.question(hint.questionId()).orElseThrow();
			List<Problem> problems = new ArrayList<>();
			assertThat(AnswerRules.clean(question, hint.suggestedValues(), problems)).isEqualTo(hint.suggestedValues());
			assertThat(problems).isEmpty();
			assertThat(question.auditChecks()).isNotEmpty();
		});
		assertThat(suggested(hints, "web-has-site")).containsExactly("yes");
		assertThat(suggested(hints, "web-mobile")).containsExactly("yes");
		assertThat(suggested(hints, "web-https")).containsExactly("yes");
		assertThat(suggested(hints, "vis-same-details")).containsExactly("yes");
		assertThat(suggested(hints, "web-content")).containsExactly("hours", "address", "contact", "privacy");
		assertThat(suggested(hints, "soc-accounts")).containsExactly("facebook", "instagram");
		assertThat(suggested(hints, "sales-online")).containsExactly("store");
		assertThat(suggested(hints, "sec-privacy-law")).containsExactly("policy");
		// a current copyright year does not prove the site was updated this year
		assertThat(hints).noneMatch(hint -> hint.questionId().equals("web-updated"));
		assertThat(hints).filteredOn(hint -> hint.questionId().equals("web-mobile"))
			.singleElement()
			.satisfies(hint -> assertThat(hint.evidence()).isEqualTo("found " + CheckIds.MOBILE_VIEWPORT));
	}

	@Test
	void aFailingSiteSuggestsTheAnswersItsFailuresShow() {
		// given
		WebAudit audit = audit(Map.of(), CheckStatus.FAIL);

		// when
		List<AnswerHint> hints = WebAuditHints.hints(audit);

		// then
		assertThat(suggested(hints, "web-mobile")).containsExactly("no");
		assertThat(suggested(hints, "web-https")).containsExactly("no");
		assertThat(suggested(hints, "vis-same-details")).containsExactly("no");
		assertThat(suggested(hints, "web-updated")).containsExactly("older");
		// an unreachable site may be a wrong address: the person says whether there is a site
		assertThat(hints).extracting(AnswerHint::questionId)
			.doesNotContain("web-has-site", "web-content", "soc-accounts", "sales-online", "sec-privacy-law");
	}

	@Test
	void warningsSuggestTheAnswerInBetween() {
		// when
		List<AnswerHint> hints = WebAuditHints.hints(audit(Map.of(), CheckStatus.WARN));

		// then
		assertThat(suggested(hints, "web-mobile")).containsExactly("partly");
		assertThat(suggested(hints, "vis-same-details")).containsExactly("mostly");
		// served over https without a redirect from http: the padlock is there
		assertThat(suggested(hints, "web-https")).containsExactly("yes");
	}

	@Test
	void aBookingPlatformSuggestsOnlineBookings() {
		// when
		List<AnswerHint> hints = WebAuditHints.hints(audit(Map.of(CheckIds.ONLINE_SALES, "Libro"), CheckStatus.PASS));

		// then
		assertThat(suggested(hints, "sales-online")).containsExactly("booking");
	}

	@Test
	void checksThatDoNotApplySuggestNothing() {
		assertThat(WebAuditHints.hints(audit(Map.of(), CheckStatus.NOT_APPLICABLE))).isEmpty();
	}

	static List<String> suggested(List<AnswerHint> hints, String question) {
		return hints.stream()
			.filter(hint -> hint.questionId().equals(question))
			.findFirst()
			.map(AnswerHint::suggestedValues)
			.orElse(List.of());
	}

	/** Every check of the audit with this status; its evidence is "found <id>" unless given. */
	static WebAudit audit(Map<String, String> evidence, CheckStatus status) {
		List<AuditCheck> checks = CheckIds.ALL.stream()
			.map(id -> new AuditCheck(id, status, evidence.getOrDefault(id, "found " + id), "why " + id))
			.toList();
		return new WebAudit(new WebAuditId(UUID.randomUUID()), "http://exemple.test/", "http://exemple.test/",
				Instant.parse("2026-11-28T10:00:00Z"), checks);
	}

}
