package ca.pignon.selection.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rendered page read as people read it: fields found by their name, each error by the field it belongs to.
 */
final class Page {

	private final Document document;

	private Page(String html) {
		this.document = Jsoup.parse(html);
	}

	static Page of(MvcResult result) {
		try {
			return new Page(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Document document() {
		return document;
	}

	String text() {
		return document.text();
	}

	String text(String selector) {
		return document.select(selector).text();
	}

	/** The error shown in the field (or group of choices) that holds the input of this name. */
	String errorFor(String name) {
		Element input = document.selectFirst("[name=\"" + name + "\"]");
		assertThat(input).as("an input named " + name).isNotNull();
		Element field = input.closest(".field");
		assertThat(field).as("the field of " + name).isNotNull();
		return field.select(".error-message").text();
	}

	/** Every error listed at the top of the form. */
	List<String> errorSummary() {
		return document.select("#error-summary li").eachText();
	}

	String valueOf(String name) {
		Element input = document.selectFirst("input[name=\"" + name + "\"], textarea[name=\"" + name + "\"]");
		assertThat(input).as("an input named " + name).isNotNull();
		return input.tagName().equals("textarea") ? input.wholeText() : input.attr("value");
	}

	String selected(String name) {
		Element option = document.selectFirst("select[name=\"" + name + "\"] option[selected]");
		return option == null ? "" : option.attr("value");
	}

	List<String> checked(String name) {
		return document.select("input[name=\"" + name + "\"][checked]").eachAttr("value");
	}

}
