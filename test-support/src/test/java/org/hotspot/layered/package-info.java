/**
 * A made-up service for LayeringRulesTest, built to break each rule of Layering once: a codec that
 * imports its service's domain, an io class that imports service, a service class that imports rest.
 */
package org.hotspot.layered;
