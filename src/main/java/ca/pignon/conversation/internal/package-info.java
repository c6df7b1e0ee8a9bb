/** The conversation's rules, tables, mails and personal data. */
@NullMarked
package ca.pignon.conversation.internal;

import org.jspecify.annotations.NullMarked;
