package ca.pignon.platform;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests outside platform: the store as Pignon finds it after a restart, and the kinds the modules declare. */
public final class DocumentStores {

	private DocumentStores() {
	}

	/** A store on the same database and kinds that has read nothing yet, as after a restart. */
	public static VersionedDocuments restarted(ApplicationContext context) {
		return new VersionedDocuments(context.getBean(JdbcClient.class), context.getBean(Clock.class),
				context.getBean(DocumentKinds.class));
	}

	/** Every kind the modules declare, referenced kinds first. */
	public static List<DocumentKey<?>> kinds(ApplicationContext context) {
		return context.getBean(DocumentKinds.class).inOrder().stream().<DocumentKey<?>>map(DocumentKind::key).toList();
	}

}
