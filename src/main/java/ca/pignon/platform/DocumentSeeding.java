package ca.pignon.platform;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, writes the shipped version of every kind of document that has none yet (a new database). */
@Component
class DocumentSeeding implements ApplicationRunner {

	private final VersionedDocuments documents;

	DocumentSeeding(VersionedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void run(ApplicationArguments args) {
		documents.ensureShipped();
	}

}
