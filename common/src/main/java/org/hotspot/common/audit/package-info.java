/** The one way every service records audit events: published on {@code audit-events}, stored by auth-service. */
package org.hotspot.common.audit;
