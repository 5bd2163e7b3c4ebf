#format entente-lexicon 1
# CAMEO 16 REDUCE RELATIONS (PLOVER SANCTION).
160 reduce|downgrade|scale_back|scale_down|curtail|limit|restrict|freeze|cool|suspend|break_off|cut obj=@relations|@cooperation|contacts|exchanges|links|engagement with
160 distance from
160 isolate|shun|ostracize|ostracise|exclude|suspend|expel obj
160 suspend|expel|exclude|bar obj from=@party|alliance|organization|organisation|union|group|bloc|league|council|commonwealth|membership|games|tournament
160 deny|refuse obj=entry|visa|visas
160 deny obj obj2=entry|visa|visas
161 break|sever|cut|suspend|end|break_off|downgrade|freeze|rupture obj=@relations|diplomatic_relations|diplomatic_ties|ties|relations with
161 break|sever|cut|suspend|downgrade|freeze obj=@relations
161 recall|withdraw|pull_out|call_home|bring_home obj=@diplomats from
161 recall|withdraw obj=@diplomats
161 close|shut|shutter|shut_down obj=embassy|embassies|consulate|consulates|mission|missions|office in
161 expel|oust|kick_out|declare obj=@diplomats
161 declare obj obj2=persona_non_grata
161 severance/n|rupture/n|break/n of=@relations
161 recall/n of=@diplomats
162 cut|reduce|halt|suspend|stop|freeze|withhold|end|slash|block|cancel|terminate|cut_off|scale_back|withdraw|deny|prohibit|curtail obj=@aid|funding|funds|support|supplies|supply|shipments|deliveries|contributions|payment|payments|program|programme|assistance
162 suspension/n|cut/n|cuts/n|halt/n|freeze/n of=@aid|funding|assistance
1621 cut|reduce|halt|suspend|stop|freeze|withhold|end|slash|cut_off|cancel obj=@econaid|loan|loans|credit|credits|investment|financing|budget_support|economic_aid|economic_assistance|trade
1622 cut|reduce|halt|suspend|stop|freeze|withhold|end|slash|cut_off|cancel obj=military_aid|military_assistance|arms_sales|arms|weapons|@weapons|training|military_cooperation|defence_cooperation
1622 cut|reduce|suspend|halt obj=aid|assistance to=military|army|forces
1623 cut|reduce|halt|suspend|stop|freeze|withhold|end|slash|cut_off|block obj=@humaid|humanitarian_aid|food_aid|relief|relief_supplies|food_supplies|supplies
163 impose|slap|place|put|levy|tighten|extend|expand|announce|adopt|approve|reimpose|renew|toughen|enforce|introduce|apply|broaden obj=@sanctions|tariffs|duties|penalties|freeze|asset_freeze|ban on|against
163 impose|slap|tighten|extend|reimpose|approve obj=@sanctions
163 sanction|embargo|blacklist|penalize|penalise|punish obj
163 boycott obj=goods|products|imports|exports
163 ban|prohibit|restrict|halt|suspend|bar|block obj=import|imports|export|exports|sale|sales|trade|flights|shipments|investment|purchase|purchases from|to
163 freeze|seize obj=asset|assets|account|accounts|funds|property|reserves
163 sanction/n|sanctions/n|embargo/n|tariffs/n|boycott/n on|against
163 cut|halt|stop|suspend|restrict|reduce obj=supply|supplies|oil|gas|electricity|power|water|exports|imports|deliveries|food_supplies to
164 halt|suspend|break_off|call_off|end|cancel|freeze|abandon|postpone|walk_out_of|pull_out_of|quit obj=@talks|negotiations|dialogue|dialog
164 walk_out|pull_out|withdraw of|from=@talks|negotiations|dialogue
164 suspension/n|breakdown/n of=@talks
165 end|halt|suspend|abandon|quit|withdraw_from obj=@mediation|mediation_effort|mediation_efforts|role
165 withdraw|pull_out from=@mediation|role
166 expel|evict|kick_out|throw_out|order_out|oust|withdraw|recall|pull_out obj=@peacekeepers|@inspectors|@aidworkers|mission|monitors|staff|personnel|workers|journalists|correspondents|reporters|volunteers
166 expel|evict|kick_out|throw_out|force_out obj from
166 withdraw|pull_out|leave|exit|quit from|of=organization|organisation|alliance|union|council|body|commission|bloc|group|court|league|treaty|mission|membership|committee|forum
166 quit|leave|exit obj=alliance|union|organization|organisation|council|body|bloc|group|court|league|commission|committee|forum
166 expulsion/n|withdrawal/n|eviction/n of
1661 expel|withdraw|recall|pull_out|order_out|ask_to_leave obj=@peacekeepers|peacekeeping_force|peacekeeping_troops|un_troops
1661 ship_out|pull_out notarget subj=@peacekeepers
1662 expel|withdraw|recall|pull_out|bar|kick_out|order_out obj=@inspectors|monitoring_mission|observer_mission
1663 expel|withdraw|recall|pull_out|evict|order_out|bar|kick_out|suspend obj=@aidworkers|aid_workers|aid_agencies|relief_workers|ngo|ngos|charity|charities
161 suspend|cut|sever|halt|end|break|downgrade|freeze obj=link|links|air_link|air_links|flight|flights|contact|contacts|exchange|exchanges with|to
161 suspension/n|severance/n|halt/n|cut/n of=link|links|flight|flights|contact|contacts|relation|relations|tie|ties
166 force_out|drive_out|push_out|kick_out|throw_out|order_out obj
