@NullMarked
package ca.pignon.followup.web;

import org.jspecify.annotations.NullMarked;
