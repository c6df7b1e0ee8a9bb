package ca.pignon.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.stereotype.Component;

/** The services providers offer, read once at start-up from {@code pignon.providers.services-location}. */
@Component
class ServiceList {

	private final Map<String, ServiceKind> services;

	ServiceList(ProvidersSettings settings) {
		this.services = read(settings);
	}

	List<ServiceKind> all() {
		return List.copyOf(services.values());
	}

	Optional<ServiceKind> find(String id) {
		return Optional.ofNullable(services.get(id));
	}

	boolean known(String id) {
		return services.containsKey(id);
	}

	/** The service a catalogue action needs, if the list maps it. */
	Optional<ServiceKind> forAction(String actionId) {
		return services.values().stream().filter(service -> service.actions().contains(actionId)).findFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ServiceKind> read(ProvidersSettings settings) {
		try (InputStream in = settings.servicesLocation().getInputStream()) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, ServiceKind> services = new LinkedHashMap<>();
			for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("services")) {
				String id = String.valueOf(entry.get("id"));
				List<String> actions = new ArrayList<>();
				if (entry.get("actions") instanceof List<?> list) {
					list.forEach(action -> actions.add(String.valueOf(action)));
				}
				services.put(id,
						new ServiceKind(id, String.valueOf(entry.get("fr")), String.valueOf(entry.get("en")), actions));
			}
			if (services.isEmpty()) {
				throw new IllegalStateException("no service in " + settings.servicesLocation());
			}
			return services;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
