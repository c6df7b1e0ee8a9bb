/**
 * The program hand-over (issue 16, items 6 and 7): the whole program exported as one archive in open formats (a CSV
 * per table, a Frictionless {@code datapackage.json}, the uploaded files, a SHA-256 manifest, optionally encrypted
 * with a passphrase in OpenPGP), and imported into an empty Pignon, from the command line or the API. It reads the
 * database catalogue rather than any module's types, so that a new table is covered by construction; see
 * docs/handover.md and docs/decisions/0014-handover.md.
 */
@ApplicationModule(displayName = "Program hand-over", allowedDependencies = { "shared", "platform" })
@NullMarked
package ca.pignon.handover;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
