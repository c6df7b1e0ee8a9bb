package ca.pignon.dossier;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's personal data, wherever a module keeps it: the kinds of record every module declares, every record
 * about one merchant, and their anonymisation, through each module's {@link PersonalDataHolder} (found by type, so
 * that a module added later is covered as soon as it declares its own).
 */
@Service
@Transactional
public class PersonalDataManagement {

	private final List<PersonalDataHolder> holders;

	/**
	 * The dossier's own holders go last, platform's then the dossier's: the modules' holders may still read the
	 * merchant's name from the account, and platform's redacts the business's name, which the dossier's replaces.
	 */
	PersonalDataManagement(List<PersonalDataHolder> holders, PlatformPersonalData platform,
			DossierPersonalData dossier) {
		List<PersonalDataHolder> ordered = new ArrayList<>(holders);
		ordered.remove(platform);
		ordered.remove(dossier);
		ordered.add(platform);
		ordered.add(dossier);
		this.holders = List.copyOf(ordered);
	}

	/** Every kind of record the modules keep about merchants. */
	@Transactional(readOnly = true)
	public List<RecordKind> recordKinds() {
		return holders.stream().flatMap(holder -> holder.recordKinds().stream()).toList();
	}

	/** Every record the modules keep about this merchant. */
	@Transactional(readOnly = true)
	public List<PersonalRecord> recordsOf(DataSubject subject) {
		return holders.stream().flatMap(holder -> holder.recordsOf(subject).stream()).toList();
	}

	/** Every file the modules keep about this merchant. */
	@Transactional(readOnly = true)
	public List<PersonalFile> filesOf(DataSubject subject) {
		return holders.stream().flatMap(holder -> holder.filesOf(subject).stream()).toList();
	}

	/**
	 * Anonymises this merchant in every module, in one transaction: all of it or, when one module fails, nothing.
	 * Doing it again changes nothing more.
	 */
	public void anonymise(DataSubject subject) {
		holders.forEach(holder -> holder.anonymise(subject));
	}

}
