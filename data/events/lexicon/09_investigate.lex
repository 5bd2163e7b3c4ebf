#format entente-lexicon 1
# CAMEO 09 INVESTIGATE (PLOVER ACCUSE, mode investigate).
090 investigate|probe|examine|scrutinize|scrutinise|inspect|audit|review|look_into|check|study|inquire_into|enquire_into obj
090 open|launch|begin|start|order|conduct|announce|set_up|establish|initiate|carry_out|hold obj=@investigation|hearing|hearings|commission|review|audit
090 investigation/n|probe/n|inquiry/n|enquiry/n|hearing/n|audit/n into|of|on
090 send|dispatch obj=team|mission|investigators|inspectors|fact-finding_mission inf=investigate|probe|examine|look
090 put obj under=investigation|scrutiny
090 interrogate|question|interview|quiz|grill|debrief obj
091 investigate|probe|examine obj=@crime|case|cases|fraud|allegation|allegations|irregularity|irregularities|embezzlement|misuse|money_laundering|tax_evasion|welfare
091 investigate|probe obj for=@crime|fraud|rioting|embezzlement|misuse|murder
091 investigation/n|probe/n|inquiry/n into=@crime|fraud|embezzlement|misuse|murder|killing|assassination|death|bribery|graft
092 investigate|probe|examine|document|monitor obj=@abuse|human_rights_violations|rights_abuses|torture|disappearance|disappearances|killing|killings|massacre|conditions|treatment
092 investigation/n|probe/n|inquiry/n into=@abuse|torture|treatment|killing|killings|disappearance
092 hearing/n on=@abuse|torture|interrogation|treatment|interrogation_techniques
093 investigate|probe|examine obj=@attack|incident|clash|clashes|shooting|explosion|crash|strike|airstrike|raid|downing|incursion|operation
093 investigation/n|probe/n|inquiry/n into=@attack|incident|clash|shooting|explosion|crash|downing|incursion
094 investigate|probe|examine|prosecute|indict obj=@warcrime
094 investigation/n|probe/n|inquiry/n into=@warcrime
094 investigate|probe obj for=@warcrime
