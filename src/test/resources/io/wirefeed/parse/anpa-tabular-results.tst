Z0042-----
r s BC-SOC--League-Table     05-02 0080
^BC-SOC--League Table<
^Coastal League Standings=
^By The Associated Press=
TeamWLPts
HarborFC7121{
CoveUnited5315
AP-WF-05-02-25 2104GMT<
