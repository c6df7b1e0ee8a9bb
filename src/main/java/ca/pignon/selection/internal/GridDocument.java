package ca.pignon.selection.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import ca.pignon.platform.DocumentKey;
import ca.pignon.platform.DocumentKind;
import ca.pignon.platform.DocumentProblem;
import ca.pignon.platform.DocumentReading;
import ca.pignon.platform.SourceLines;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.SelectionRefused;

/**
 * The selection grid as a kind of platform's versioned documents: its source is {@link GridSource}'s text, checked
 * with the grid's rules ({@link GridCatalogue#validate}). It refers to no other document (its automatic criteria read
 * the application's answers, whose values are intake's code, not a document), and none refers to it: rounds, reviews
 * and standings keep the number of the version they use.
 */
@Component
class GridDocument implements DocumentKind<GridVersion> {

	@Override
	public DocumentKey<GridVersion> key() {
		return GridCatalogue.DOCUMENT;
	}

	@Override
	public String nameKey() {
		return "selection.grid.name";
	}

	@Override
	public String shippedSource() {
		return GridSource.write(DefaultGrid.CRITERIA);
	}

	@Override
	public DocumentReading<GridVersion> read(String source, int version) {
		DocumentReading<List<CriterionDefinition>> reading = GridSource.read(source);
		if (!reading.valid()) {
			return DocumentReading.refused(reading.problems());
		}
		try {
			GridCatalogue.validate(reading.document());
		}
		catch (SelectionRefused refused) {
			Integer line = refused.field() == null ? null : SourceLines.lineOf(source, "code", refused.field());
			return DocumentReading.refused(List.of(DocumentProblem.at(line, refused.messageKey(), refused.arguments())));
		}
		return DocumentReading.of(new GridVersion(version, reading.document()));
	}

}
