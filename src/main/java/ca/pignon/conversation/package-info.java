/**
 * The conversation of each dossier between the merchant and their advisor: messages mailed to the other side (requests
 * for help on an action of the plan among them), the messages a merchant is still waiting an answer to, and the contact
 * details each advisor chooses to show merchants (their name always, their email and phone if they wish).
 */
@ApplicationModule(displayName = "Conversation", allowedDependencies = { "shared", "platform", "dossier" })
@NullMarked
package ca.pignon.conversation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
