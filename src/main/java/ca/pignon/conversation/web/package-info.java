/** The conversation's pages: the merchant's, staff's for a dossier, an advisor's contact choices. */
@NullMarked
package ca.pignon.conversation.web;

import org.jspecify.annotations.NullMarked;
