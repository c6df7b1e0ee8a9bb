package ca.pignon.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link DocumentKind} the modules declare, by name, in an order where a kind comes after the kinds it refers
 * to (the order in which shipped versions are written). Found lazily: a kind may be a bean that needs the store.
 */
@Component
class DocumentKinds {

	private final @Nullable ObjectProvider<DocumentKind<?>> provider;

	private volatile @Nullable Map<String, DocumentKind<?>> ordered;

	DocumentKinds(@Nullable ObjectProvider<DocumentKind<?>> provider) {
		this.provider = provider;
	}

	/** For tests: a fixed set of kinds. */
	static DocumentKinds declared(List<DocumentKind<?>> kinds) {
		var registry = new DocumentKinds(null);
		registry.ordered = order(kinds);
		return registry;
	}

	@SuppressWarnings("unchecked")
	<T> DocumentKind<T> of(DocumentKey<T> key) {
		DocumentKind<?> kind = all().get(key.name());
		if (kind == null) {
			throw new IllegalArgumentException("no document kind " + key + " is declared");
		}
		return (DocumentKind<T>) kind;
	}

	/** Referenced kinds before the kinds that refer to them. */
	List<DocumentKind<?>> inOrder() {
		return List.copyOf(all().values());
	}

	/** The kinds that declare a reference to this one. */
	List<DocumentKind<?>> referringTo(DocumentKey<?> key) {
		return all().values().stream().filter(kind -> kind.references().contains(key)).toList();
	}

	private Map<String, DocumentKind<?>> all() {
		Map<String, DocumentKind<?>> known = ordered;
		if (known == null) {
			synchronized (this) {
				known = ordered;
				if (known == null && provider != null) {
					known = order(provider.orderedStream().toList());
					ordered = known;
				}
			}
		}
		return known == null ? Map.of() : known;
	}

	/** Orders the kinds (referenced first), refusing two kinds of one name, unknown references and cycles. */
	static Map<String, DocumentKind<?>> order(List<DocumentKind<?>> kinds) {
		Map<String, DocumentKind<?>> byName = new LinkedHashMap<>();
		for (DocumentKind<?> kind : kinds) {
			if (byName.put(kind.key().name(), kind) != null) {
				throw new IllegalStateException("two document kinds are named " + kind.key());
			}
		}
		for (DocumentKind<?> kind : kinds) {
			for (DocumentKey<?> reference : kind.references()) {
				if (!byName.containsKey(reference.name())) {
					throw new IllegalStateException(kind.key() + " refers to " + reference + ", which no module declares");
				}
			}
		}
		Map<String, DocumentKind<?>> ordered = new LinkedHashMap<>();
		List<DocumentKind<?>> left = new ArrayList<>(byName.values());
		while (!left.isEmpty()) {
			DocumentKind<?> ready = left.stream()
				.filter(kind -> kind.references().stream().allMatch(reference -> ordered.containsKey(reference.name())))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("document kinds refer to each other in a circle: " + left));
			ordered.put(ready.key().name(), ready);
			left.remove(ready);
		}
		return ordered;
	}

}
