W0500natl-
r a BC-US--Ferry-Vote   04-02 0061
BC-US--Ferry Vote,0061<
^Riverton votes to keep its river ferry<
^Riverton council voted to keep the river ferry running for ten more years.<
^By JANE EXAMPLE=
^Associated Press=
	   RIVERTON, Ore. (AP) _ The Riverton council voted on Wednesday to keep the river ferry running for ten more years.
 
	   The vote was 5-2.
 
	   ^AP-WF-04-02-25 1812GMT<

