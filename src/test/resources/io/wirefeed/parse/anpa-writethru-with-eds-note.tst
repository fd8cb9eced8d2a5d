W0417natl-
r a BC-US--Harbor-Bridge 2ndLd-Writethru   03-14 0112
^BC-US--Harbor Bridge, 2nd Ld-Writethru,0112<
^Harbor bridge reopens after ``months of repairs''<
^Eds: Updates with mayor's comments. Corrects spelling of engineer's name.<
^By JANE EXAMPLE=
^Associated Press=
	   PORTVILLE, Maine (AP) _ The harbor bridge reopened to traffic on Friday after ``six long months'' of repairs, officials said.
 
	   Mayor Ann Sample said the work finished on time _ a first for the town.
 
	   ^AP-WF-03-14-25 1732GMT<


