"""The oracle for the specs that compare our catalog lookup with keystoneauth1 (helpers/keystoneauth-oracle.ts): keystoneauth1's ServiceCatalog.url_for on a token body.

stdin: {"body": <v3 token or v2 access body>, "lookups": [{"serviceType", "interface", "regionName"?, "serviceName"?}]}
stdout: one answer per lookup: {"url": ...} or {"error": "<keystoneauth1 exception class>"}.
"""
import json
import sys

from keystoneauth1 import access, exceptions

request = json.load(sys.stdin)
catalog = access.create(body=request["body"], auth_token="oracle").service_catalog
answers = []
for lookup in request["lookups"]:
    try:
        url = catalog.url_for(service_type=lookup["serviceType"], interface=lookup["interface"],
                              region_name=lookup.get("regionName"), service_name=lookup.get("serviceName"))
        answers.append({"url": url})
    except exceptions.ClientException as error:
        answers.append({"error": type(error).__name__})
    except ValueError:
        # keystoneauth1 5.0 _endpoints_by_type: several alias types matched but none kept an endpoint after the
        # interface/region filters; it raises "Programming error choosing an endpoint." where it means "not found".
        answers.append({"error": "ValueError"})
json.dump(answers, sys.stdout)
