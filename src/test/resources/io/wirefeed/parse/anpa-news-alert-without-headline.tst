W0900natl-
b a BC-US--APNewsAlert     06-01 0025
^BC-US--APNewsAlert,25<
	   RIVERTON, Ohio (AP) _ Riverton council votes to close the old river ferry after 90 years.

	   AP-WF-06-01-25 0944GMT<
