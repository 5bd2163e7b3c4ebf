#format entente-lexicon 1
# CAMEO 20 USE UNCONVENTIONAL MASS VIOLENCE (PLOVER ASSAULT).
200 massacre|exterminate|annihilate|wipe_out|slaughter obj
200 commit|perpetrate|carry_out obj=massacre|massacres|atrocity|atrocities|genocide|mass_killing|mass_killings|pogrom|pogroms
201 expel|drive_out|force_out|deport|uproot|displace|evict|cleanse|purge obj=population|populations|community|communities|minority|minorities|villagers|residents|inhabitants|thousands|hundreds|tens_of_thousands|people|families|ethnic|muslims|christians|serbs|albanians|croats|kurds|tutsis|hutus|rohingya|arabs|jews
201 mass_expulsion/n|forced_displacement/n|deportation/n of
202 massacre/n|mass_killing/n|mass_killings/n|genocide/n|slaughter/n of|in|against
202 kill|massacre|slaughter|murder|execute obj=hundreds|thousands|dozens|scores|villagers|civilians|refugees|men|women|children|inhabitants|residents|people
202 commit obj=genocide|massacre|mass_murder|mass_killings
203 cleanse|ethnically_cleanse obj
203 carry_out|commit|conduct|wage obj=ethnic_cleansing|cleansing|genocide
203 ethnic_cleansing/n|cleansing/n of|in|against
204 use|employ|deploy|fire|launch|drop obj=weapon|weapons|chemical_weapons|biological_weapons|nuclear_weapons|wmd|gas|nerve_gas|nerve_agent|sarin|chlorine|mustard_gas|anthrax|toxin|dirty_bomb against|on
204 gas obj
2041 use|employ|deploy|fire|drop|launch|unleash obj=@chemical|chemical_weapons|biological_weapons|biological|chemical|toxic_gas|poison_gas|nerve_gas|gas|sarin|chlorine|mustard_gas|anthrax|germ_weapons|dirty_bomb|radiological_weapon against|on
2041 chemical_attack/n|gas_attack/n|chemical_weapons_attack/n|biological_attack/n on|against|in
2041 attack obj with=@chemical|chemical|chemicals|gas|chemical_weapons|biological_weapons|sarin|chlorine|poison_gas|nerve_gas
2042 detonate|explode|test|drop|use|launch|fire obj=@nuke|nuclear_device|atomic_bomb|nuclear_bomb|hydrogen_bomb|nuclear_warhead|nuclear_missile
2042 nuclear_test/n|nuclear_attack/n|nuclear_strike/n
