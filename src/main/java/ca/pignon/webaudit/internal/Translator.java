package ca.pignon.webaudit.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.pignon.webaudit.AuditCheck;
import ca.pignon.webaudit.CheckStatus;

/**
 * Turns a finding into the check people read: the evidence in words, why the check matters and, unless it passed,
 * how to fix it.
 */
@Component
public class Translator {

	private final MessageSource messages;

	public Translator(MessageSource messages) {
		this.messages = messages;
	}

	public AuditCheck check(Finding finding, Locale locale) {
		String evidence = messages.getMessage(finding.evidenceKey(), finding.arguments().toArray(), locale);
		String why = messages.getMessage("webaudit.check." + finding.id() + ".why", null, locale);
		boolean fix = finding.status() == CheckStatus.WARN || finding.status() == CheckStatus.FAIL;
		String message = fix ? why + " " + messages.getMessage("webaudit.check." + finding.id() + ".fix", null, locale)
				: why;
		return new AuditCheck(finding.id(), finding.status(), evidence, message);
	}

}
