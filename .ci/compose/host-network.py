"""Puts every service of a resolved Compose file on the host network (CI's engine has no bridge).

Reads `docker-compose config` output on stdin, writes it back on stdout with, for each service,
network_mode host, its published ports and host name dropped (they clash with it) and the names
that others use as host names pointed at 127.0.0.1.
"""
import sys

import yaml

config = yaml.safe_load(sys.stdin)
names = sorted(config["services"])
for service in config["services"].values():
    service.pop("ports", None)
    service.pop("networks", None)
    service.pop("hostname", None)
    service["network_mode"] = "host"
    service["extra_hosts"] = [f"{name}:127.0.0.1" for name in names]
config.pop("networks", None)
yaml.safe_dump(config, sys.stdout, default_flow_style=False, sort_keys=False)
