/** MongoDB access of auth-service: reactive Panache repositories and the indexes they rely on. */
package org.hotspot.auth.repository;
