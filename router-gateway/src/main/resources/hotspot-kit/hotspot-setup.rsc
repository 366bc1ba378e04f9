# Hotspot setup for router {{router-name}} ({{router-id}}), RouterOS 7.
# Run it with /import hotspot-setup.rsc after uploading login.html, alogin.html, flogin.html and
# logout.html into the router's hotspot directory (flash/hotspot on routers with a flash folder:
# then set html-directory=flash/hotspot below). Running it again replaces what it added before.
#
# THE RADIUS SECRET IS NOT IN THIS FILE. Replace CHANGE-ME below with this router's RADIUS secret,
# the one registered for it in router-gateway, before running it.

# RADIUS: logins and accounting go to router-gateway. Add src-address=<the address you registered
# as nasIp> when the router has several addresses.
/radius remove [find comment="hotspot-gateway"]
/radius add service=hotspot address={{radius-host}} secret="CHANGE-ME" authentication-port={{auth-port}} accounting-port={{acct-port}} comment="hotspot-gateway"

# Disconnect and CoA from router-gateway (a voucher spent, expired or revoked ends its sessions).
/radius incoming set accept=yes port={{coa-port}}

# Every hotspot profile of this router; name one instead ([find name=hsprof1]) if it runs several hotspots.
/ip hotspot profile set [find] use-radius=yes radius-accounting=yes radius-interim-update={{interim}} login-by=http-chap,http-pap html-directory=hotspot{{dns-name}}

# The captive portal must be reachable before login: the HTTP walled garden for plain HTTP, the IP
# walled garden for HTTPS (the HTTP one cannot see inside it).
/ip hotspot walled-garden remove [find comment="hotspot-portal"]
/ip hotspot walled-garden add dst-host={{portal-host}} comment="hotspot-portal"
/ip hotspot walled-garden ip remove [find comment="hotspot-portal"]
/ip hotspot walled-garden ip add action=accept {{portal-ip-match}} comment="hotspot-portal"
