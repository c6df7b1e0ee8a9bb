package ca.pignon.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Territory and storefront eligibility: the program takes businesses that receive customers at an address in its
 * territory. Where the evidence is too weak to say, an advisor confirms rather than the rules guessing.
 */
@Component
class EligibilityPolicy {

	private final EligibilitySettings settings;

	private final Set<String> outsideMunicipalities;

	private final Set<String> programPlaces;

	EligibilityPolicy(EligibilitySettings settings) {
		this.settings = settings;
		this.outsideMunicipalities = settings.outsideMunicipalities()
			.stream()
			.map(EligibilityPolicy::normalized)
			.collect(Collectors.toUnmodifiableSet());
		this.programPlaces = settings.programPlaceNames()
			.stream()
			.map(EligibilityPolicy::normalized)
			.collect(Collectors.toUnmodifiableSet());
	}

	record Decision(Eligibility eligibility, List<EligibilityReason> reasons) {
	}

	Decision assess(ReceptionMode reception, @Nullable LocationEvidence location, String declaredMunicipality) {
		List<EligibilityReason> reasons = new ArrayList<>();
		reasons.addAll(receptionReasons(reception));
		reasons.add(locationReason(location, declaredMunicipality));
		return decide(reasons);
	}

	String version() {
		return settings.version();
	}

	private List<EligibilityReason> receptionReasons(ReceptionMode reception) {
		if (settings.eligibleReception().contains(reception)) {
			return List.of();
		}
		if (settings.reviewedReception().contains(reception)) {
			return List.of(EligibilityReason.RECEPTION_TO_CONFIRM);
		}
		return switch (reception) {
			case HOME_BASED -> List.of(EligibilityReason.HOME_BASED);
			case ONLINE_ONLY -> List.of(EligibilityReason.ONLINE_ONLY);
			default -> List.of(EligibilityReason.NO_STOREFRONT);
		};
	}

	private EligibilityReason locationReason(@Nullable LocationEvidence location, String declaredMunicipality) {
		if (location == null) {
			return EligibilityReason.ADDRESS_NOT_FOUND;
		}
		if (location.locationApproximate()) {
			return approximateLocationReason(location, declaredMunicipality);
		}
		double edge = location.programEdgeDistanceM() == null ? Double.MAX_VALUE : location.programEdgeDistanceM();
		boolean approximateBoundary = "APPROXIMATE".equals(location.polygonPrecision());
		if (location.inProgramTerritory()) {
			if (approximateBoundary && edge < settings.approximateEdgeMarginMeters()) {
				return EligibilityReason.APPROXIMATE_BOUNDARY;
			}
			return edge < settings.edgeMarginMeters() ? EligibilityReason.NEAR_BOUNDARY
					: EligibilityReason.IN_PROGRAM_TERRITORY;
		}
		// Outside every known polygon, the nearest edge may be an approximate one: keep the wider margin.
		double margin = location.municipalityCode() == null ? settings.approximateEdgeMarginMeters()
				: settings.edgeMarginMeters();
		return edge < margin ? EligibilityReason.NEAR_BOUNDARY : EligibilityReason.OUTSIDE_PROGRAM_TERRITORY;
	}

	/**
	 * An approximate point may be anywhere within its uncertainty. When none of those places is in the territory,
	 * the business is not, unless the merchant named a place of the program (then the two disagree, and an advisor
	 * looks). Within the uncertainty, the point alone never refuses; with the merchant naming a municipality outside,
	 * it does.
	 */
	private EligibilityReason approximateLocationReason(LocationEvidence location, String declaredMunicipality) {
		String named = normalized(declaredMunicipality);
		if (!location.inProgramTerritory()) {
			Double edge = location.programEdgeDistanceM();
			if (edge != null && edge > settings.uncertainty().meters(location.geocodeMethod())) {
				return programPlaces.contains(named) ? EligibilityReason.MUNICIPALITY_CONTRADICTS_LOCATION
						: EligibilityReason.FAR_OUTSIDE_PROGRAM_TERRITORY;
			}
			if (outsideMunicipalities.contains(named)) {
				return EligibilityReason.OUTSIDE_PROGRAM_TERRITORY;
			}
		}
		return EligibilityReason.APPROXIMATE_LOCATION;
	}

	private static Decision decide(List<EligibilityReason> reasons) {
		for (Eligibility outcome : List.of(Eligibility.NOT_ELIGIBLE, Eligibility.TO_VERIFY)) {
			List<EligibilityReason> matching = reasons.stream().filter(r -> r.leadsTo() == outcome).toList();
			if (!matching.isEmpty()) {
				return new Decision(outcome, matching);
			}
		}
		return new Decision(Eligibility.ELIGIBLE, List.of(EligibilityReason.IN_PROGRAM_TERRITORY));
	}

	/** "Lévis", "levis" and "LÉVIS " are the same place; "St-" and "Saint-" too. */
	static String normalized(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.replaceAll("\\bste\\b", "sainte")
			.replaceAll("\\bst\\b", "saint")
			.strip();
	}

}
