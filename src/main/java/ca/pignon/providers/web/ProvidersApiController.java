package ca.pignon.providers.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.pignon.providers.ProviderId;
import ca.pignon.providers.ProvidersManagement;

/** The directory's services, and the vetted providers of a service in a fresh random order for each request. */
@RestController
@RequestMapping("/api/v1/providers")
@Tag(name = "Providers", description = "The vetted directory of providers, in a neutral order")
class ProvidersApiController {

	private final ProvidersManagement providers;

	ProvidersApiController(ProvidersManagement providers) {
		this.providers = providers;
	}

	record ServiceJson(String id, String nameFr, String nameEn) {
	}

	record ProviderJson(ProviderId id, String name, @Nullable String website, List<String> services,
			List<String> languages, boolean wholeTerritory, List<String> municipalities) {
	}

	@GetMapping("/services")
	@Operation(summary = "The services providers of the directory may offer, named in French and English")
	List<ServiceJson> services() {
		return providers.services().stream().map(s -> new ServiceJson(s.id(), s.nameFr(), s.nameEn())).toList();
	}

	@GetMapping
	@Operation(summary = "The vetted, unsuspended providers offering a service, in a fresh uniformly random order "
			+ "for each request (no provider is featured); an unknown service answers 400 problem details",
			security = @SecurityRequirement(name = "bearer"))
	List<ProviderJson> providers(@Parameter(description = "a service id from /api/v1/providers/services")
	@RequestParam String service) {
		return providers.vettedOffering(service)
			.stream()
			.map(p -> new ProviderJson(p.id(), p.name(), p.website().isBlank() ? null : p.website(),
					List.copyOf(p.services()),
					List.copyOf(p.languages()), p.wholeTerritory(), p.municipalities()))
			.toList();
	}

}
