#format entente-lexicon 1
# CAMEO 02 APPEAL (coded REQUEST in PLOVER: "all requests, demands and
# orders"). Infinitive complements refine the code: "urged X to meet" 026.
020 call_for
020 call_on|call_upon inf
020 call_on|call_upon
020 call inf
020 urge|exhort|implore|beseech|entreat|beg|encourage|invite|ask|request|petition|plead|press|lobby|push|nudge obj inf
020 urge|exhort|implore|encourage|ask|request|petition|press|lobby obj
020 urge|request|seek|solicit notarget obj=@demand
020 appeal_to|appeal_for|appeal
020 plead_with|plead_for
020 appeal/n|plea/n|call/n|request/n|petition/n to|for
020 issue|make|launch|renew|repeat|reiterate obj=appeal|appeals|plea|pleas|call|calls|request|requests
020 ask_for|push_for|press_for|lobby_for|seek
021 call_for|appeal_for|ask_for|seek|request|urge|press_for|push_for obj=@cooperation
021 urge|encourage|ask|call_on inf=cooperate|collaborate|work|coordinate|partner
0211 call_for|appeal_for|seek|urge|request|press_for obj=@trade|investment
0211 urge|encourage|ask|call_on inf=trade|invest|open
0212 call_for|appeal_for|seek|urge|request obj=alliance|defence_cooperation|defense_cooperation|exercise|exercises
0213 call_for|appeal_for|seek|urge|request|ask_for obj=extradition|handover|hand-over|surrender|arrest|prosecution|trial
0213 urge|ask|call_on inf=extradite|arrest|prosecute|try|surrender|hand
0214 call_for|appeal_for|seek|request|ask_for obj=@intel
0214 urge|ask|call_on inf=share|provide|disclose|reveal
022 call_for|appeal_for|seek|urge|request|ask_for|solicit|canvass obj=support|backing|endorsement|recognition|solidarity|vote|votes|understanding
022 urge|ask|call_on|appeal_to inf=support|back|endorse|recognize|recognise|join
023 call_for|appeal_for|seek|request|ask_for|urge|solicit obj=@aid
0231 call_for|appeal_for|seek|request|ask_for|urge obj=@econaid|debt_relief|financial_aid|economic_aid|bailout
0232 call_for|appeal_for|seek|request|ask_for|urge obj=@weapons|military_aid|military_assistance
0233 call_for|appeal_for|seek|request|ask_for|urge obj=@humaid|humanitarian_aid|emergency_aid
0234 call_for|appeal_for|seek|request|ask_for|urge obj=@peacekeepers|protection|peacekeeping|troops
023 urge|ask|call_on|appeal_to inf=provide|give|send|donate|supply|contribute|fund|help|assist|aid
024 call_for|appeal_for|seek|urge|press_for|push_for obj=@reform
0241 call_for|urge|press_for|push_for|seek obj=resignation|removal|ouster|dismissal|departure|impeachment|replacement
0241 urge|ask|call_on inf=resign|step|quit|leave
0242 call_for|urge|press_for|push_for|seek obj=change|review|reversal|policy|end|halt|shift
0242 urge|ask|call_on inf=change|reverse|abandon|drop|reconsider|review|end|stop|halt|scrap
0243 call_for|urge|press_for|push_for|seek obj=@rights|autonomy|equality|independence
0244 call_for|urge|press_for|push_for|seek obj=election|elections|referendum|constitution|regime_change
025 call_for|urge|press_for|seek|ask_for obj=concession|concessions|restraint|compromise
025 urge|ask|call_on|appeal_to inf=exercise|show|compromise|yield|concede|back
0251 call_for|urge|press_for|seek obj=lifting|easing|relaxation|repeal
0252 urge|ask|call_on inf=ease|allow|permit|tolerate
0253 call_for|urge|press_for|seek|ask_for|appeal_for obj=release|freedom|return|repatriation|handover
0253 urge|ask|call_on|appeal_to inf=release|free|return|hand|repatriate
0254 call_for|urge|press_for|seek obj=@sanctions
0254 urge|ask|call_on inf=lift|ease|remove|end|suspend
0255 call_for|urge|press_for|seek obj=access|entry|admission|inspection|inspections
0255 urge|ask|call_on inf=allow|admit|accept|let|permit|open
0256 call_for|urge|press_for|seek|appeal_for obj=@ceasefire|de-escalation|withdrawal|pullout|pull-out|calm|restraint|halt|end
0256 urge|ask|call_on|appeal_to inf=withdraw|stop|halt|end|cease|disarm|refrain|de-escalate|pull
026 call_for|urge|press_for|push_for|seek|appeal_for|propose|suggest obj=@talks
026 urge|ask|call_on|invite|appeal_to inf=meet|negotiate|talk|resume|return|sit|hold|attend|join
026 invite obj to=@talks|visit|capital|summit|ceremony
027 call_for|urge|press_for|seek|appeal_for obj=settlement|solution|resolution|peace|agreement|deal|reconciliation
027 urge|ask|call_on inf=settle|resolve|solve|reconcile|end
028 call_for|urge|seek|ask_for|request|appeal_for obj=@mediation|arbitration|intervention|facilitation
028 urge|ask|call_on|invite inf=mediate|arbitrate|intervene|broker|facilitate
