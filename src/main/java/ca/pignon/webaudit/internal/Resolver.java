package ca.pignon.webaudit.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Name resolution, replaceable in tests to make a name resolve to a private address.
 */
@FunctionalInterface
public interface Resolver {

	Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

	List<InetAddress> resolve(String host) throws UnknownHostException;

}
