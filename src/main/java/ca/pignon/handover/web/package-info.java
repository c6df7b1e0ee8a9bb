@NullMarked
package ca.pignon.handover.web;

import org.jspecify.annotations.NullMarked;
