/** Bean Validation constraints every service applies to the text operators give through the API. */
package org.hotspot.common.validation;
