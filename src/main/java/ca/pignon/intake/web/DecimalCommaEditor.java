package ca.pignon.intake.web;

import java.beans.PropertyEditorSupport;

/**
 * Reads a decimal number written with a comma or a point; anything else is a conversion error shown on the field.
 */
class DecimalCommaEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			setValue(null);
			return;
		}
		if (!trimmed.matches("[-+]?\\d{1,3}([.,]\\d{1,12})?")) {
			throw new IllegalArgumentException("not a decimal number: " + trimmed);
		}
		setValue(Double.valueOf(trimmed.replace(',', '.')));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}

}
