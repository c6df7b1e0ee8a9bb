package ca.pignon.diagnostic;

/** How a question is answered, as the bank names it ({@code single}, {@code already-planned-no}…). */
public enum QuestionType {

	SINGLE("single"), MULTIPLE("multiple"), SCALE("scale"), ALREADY_PLANNED_NO("already-planned-no"),
	NUMBER("number"), TEXT("text");

	private final String bankName;

	QuestionType(String bankName) {
		this.bankName = bankName;
	}

	public String bankName() {
		return bankName;
	}

	public boolean scored() {
		return this != TEXT;
	}

	public static java.util.Optional<QuestionType> fromBank(String name) {
		return java.util.Arrays.stream(values()).filter(type -> type.bankName.equals(name)).findFirst();
	}

}
