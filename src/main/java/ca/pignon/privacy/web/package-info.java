@NullMarked
package ca.pignon.privacy.web;

import org.jspecify.annotations.NullMarked;
