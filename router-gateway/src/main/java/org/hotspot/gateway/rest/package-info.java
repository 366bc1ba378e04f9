/** router-gateway's REST resources and their API records; entities never leave this package as JSON. */
package org.hotspot.gateway.rest;
