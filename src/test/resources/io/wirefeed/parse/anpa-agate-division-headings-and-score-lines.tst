Z0043-----
r s BC-SOC--League-Glance     05-02 0090
BC-SOC--League Glance<
^Coastal League Glance=
^By The Associated Press=
^NORTH DIVISION=
TeamWL
HarborFC71
^SOUTH DIVISION=
TeamWL
CoveUnited53
	   ___=
^Saturday's Games=
	   Harbor FC 2, Cove United 1
	   Bay Rovers 0, Point City 0
^AP-WF-05-02-25 2104GMT<
