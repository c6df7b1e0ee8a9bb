package ca.pignon.platform;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kinds the modules declare: shipped versions are written referenced kinds first, and a declaration that could
 * not work (two kinds of one name, a reference to no kind, kinds referring to each other) stops the start-up.
 */
class DocumentKindsTests {

	static final DocumentKey<String> BANK = new DocumentKey<>("diagnostic", "bank");

	static final DocumentKey<String> CATALOGUE = new DocumentKey<>("plan", "catalogue");

	static final DocumentKey<String> GRID = new DocumentKey<>("selection", "grid");

	/** A kind that reads any text as itself and refers to the given kinds. */
	record TextKind(DocumentKey<String> key, Set<DocumentKey<?>> references) implements DocumentKind<String> {

		@Override
		public String nameKey() {
			return key.name() + ".name";
		}

		@Override
		public String shippedSource() {
			return "v1";
		}

		@Override
		public DocumentReading<String> read(String source, int version) {
			return DocumentReading.of(source);
		}

	}

	@Test
	void ordersReferencedKindsBeforeTheKindsThatReferToThem() {
		// given a catalogue declared before the bank it refers to
		var catalogue = new TextKind(CATALOGUE, Set.of(BANK));
		var bank = new TextKind(BANK, Set.of());
		var grid = new TextKind(GRID, Set.of());
		// when
		var kinds = DocumentKinds.declared(List.of(catalogue, grid, bank));
		// then
		assertThat(kinds.inOrder()).extracting(kind -> kind.key().name())
			.containsExactly(GRID.name(), BANK.name(), CATALOGUE.name());
		assertThat(kinds.referringTo(BANK)).containsExactly(catalogue);
		assertThat(kinds.referringTo(GRID)).isEmpty();
		assertThat(kinds.of(BANK)).isSameAs(bank);
	}

	@Test
	void refusesDeclarationsThatCannotWork() {
		var bank = new TextKind(BANK, Set.of());
		assertThatThrownBy(() -> DocumentKinds.declared(List.of(bank, new TextKind(BANK, Set.of()))))
			.hasMessageContaining("two document kinds");
		assertThatThrownBy(() -> DocumentKinds.declared(List.of(new TextKind(CATALOGUE, Set.of(BANK)))))
			.hasMessageContaining("which no module declares");
		assertThatThrownBy(() -> DocumentKinds.declared(
				List.of(new TextKind(CATALOGUE, Set.of(BANK)), new TextKind(BANK, Set.of(CATALOGUE)))))
			.hasMessageContaining("circle");
		assertThatThrownBy(() -> DocumentKinds.declared(List.of(bank)).of(GRID))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void namesAKindByItsModuleAndDocument() {
		assertThat(BANK.name()).isEqualTo("diagnostic.bank");
		assertThatThrownBy(() -> new DocumentKey<>("Plan", "catalogue")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DocumentKey<>("plan", "catalogue.v2")).isInstanceOf(IllegalArgumentException.class);
	}

}
