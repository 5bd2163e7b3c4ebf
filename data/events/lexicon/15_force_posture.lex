#format entente-lexicon 1
# CAMEO 15 EXHIBIT FORCE POSTURE (PLOVER MOBILIZE).
150 mass|amass|deploy|move|send|dispatch|position|build_up|muster|concentrate|station|rush|reinforce obj=@troops|@weapons|forces|tanks|artillery|warships|armor|armour|police|troops near|along|on|to|at|into
150 parade|display|flex|show|demonstrate obj=force|forces|power|strength|might|military_might|muscle|weapons
150 conduct|hold|stage|carry_out obj=@exercises|military_exercises|war_games|show_of_force|flyover|patrol|patrols|test|tests|missile_test|launch|launches near|off|in
150 test|test-fire|launch|fire obj=missile|missiles|rocket|rockets|ballistic_missile|ballistic_missiles|weapon|weapons notarget
150 build_up|buildup/n|build-up/n|deployment/n|concentration/n of=@troops|@weapons|forces
150 show_of_force/n|saber-rattling/n|sabre-rattling/n
150 sail|fly|patrol near|through|over|into
150 patrol obj
151 increase|raise|heighten|tighten|step_up|boost obj=security|security_measures|vigilance|alert|police_presence|checkpoints|checks
151 put|place obj=police|security_forces on=alert|high_alert
152 put|place obj=@troops|army|military|forces|nuclear_forces on=alert|high_alert|standby|war_footing
152 raise|heighten|increase obj=alert|alert_level|readiness|combat_readiness|defcon
152 go_on obj=alert
152 alert/n|high_alert/n
153 deploy|send|dispatch|mobilize|mobilise|rush|bring_in|reinforce|order obj=police|riot_police|police_officers|security_forces|gendarmes|paramilitary|paramilitaries|patrols|police_patrols
153 deployment/n of=police|riot_police|security_forces
154 mobilize|mobilise|call_up|conscript|draft|recruit|enlist|muster|arm|raise|expand|increase|boost|bolster|strengthen|reinforce obj=@troops|reservists|reserves|army|forces|military|troops|militia|conscripts|recruits|volunteers|@weapons|@spending|defence_spending|defense_spending|military_spending|budget
154 mobilize|mobilise obj against
154 mobilize|mobilise notarget
154 mobilization/n|mobilisation/n|call-up/n of
154 increase|raise|boost|double obj=@spending
154 prepare inf=resume|launch|attack|invade|strike
155 deploy|mobilize|mobilise|expand|build obj=cyber_forces|cyber_command|hackers|cyber_capabilities|cyber_army
