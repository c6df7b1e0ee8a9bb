package ca.pignon.intake;

/**
 * How customers are received at the storefront address: what "pignon sur rue" means in practice.
 */
public enum ReceptionMode {

	STOREFRONT, BY_APPOINTMENT, HOME_BASED, ONLINE_ONLY, OTHER

}
