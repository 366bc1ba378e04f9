/** session-service's HTTP resources and their API records; stored documents never leave this package as JSON. */
package org.hotspot.session.rest;
