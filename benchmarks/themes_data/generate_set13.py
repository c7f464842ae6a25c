# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's thirteenth set: invented districts and communes of another invented
province (tỉnh Bắc Lâm) reporting on another programme (family work, prevention and control of
domestic violence and building "cultured families", "công tác gia đình, phòng, chống bạo lực gia
đình và xây dựng gia đình văn hóa", year 2025: the "Gia đình văn hóa" title and its annual review,
sustainable-development family clubs, "trusted addresses" and temporary shelters in the community,
detecting and handling domestic violence and its causes, mediation of family conflicts, child
marriage and consanguineous marriage, communication on the Law on Domestic Violence Prevention and
Control, Vietnamese Family Day 28 June, the code of conduct in the family, care of the elderly and
protection of children, training of the staff who do family work, funding).

Written by a helper blind to the method (no clustering, theme finding or labelling was run on it
while it was written, and the method's code and resources were not read), and held out: never used
to choose methods or parameters, only to say how what was chosen on the other sets does on words
nobody looked at. Every sentence below was written for this set; the same structure and machinery
as ``generate_set6.py`` (planted points with several phrasings of different structure and wording,
distractors that share words with a planted point but not its point, singletons), none of the other
sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set13.py      # rewrites reports_set13/*.txt and *.jsonl (seed 187)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set13"
N_REPORTS = 42
SEED = 187

RESULTS: dict[str, list[str]] = {
    "R_giadinhvh": [
        "Toàn {unit} có {m} hộ được công nhận danh hiệu “Gia đình văn hóa” năm 2025, đạt {p}% tổng số hộ.",
        "Phong trào xây dựng gia đình văn hóa gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được nhân dân hưởng ứng; tỷ lệ gia đình văn hóa đạt {p}%, vượt chỉ tiêu Nghị quyết đề ra.",
        "Qua họp bình xét công khai ở từng khu dân cư theo tiêu chuẩn mới tại Nghị định số 86/2023/NĐ-CP, {m} gia đình đủ điều kiện và đã được tặng giấy khen.",
        "Số hộ đạt chuẩn văn hóa cuối năm chiếm {p}%, trong đó không ít gia đình giữ vững danh hiệu nhiều năm liền.",
    ],
    "R_clbptbv": [
        "Duy trì {n} câu lạc bộ gia đình phát triển bền vững với {m} thành viên, sinh hoạt định kỳ mỗi quý một lần.",
        "Mô hình câu lạc bộ gia đình phát triển bền vững tiếp tục được nhân rộng ở các thôn, tổ dân phố; nội dung sinh hoạt tập trung vào kỹ năng làm cha mẹ, kinh nghiệm làm kinh tế và giữ gìn hạnh phúc gia đình.",
        "Hiện {unit} có {n} câu lạc bộ, nhóm gia đình hoạt động theo hướng phát triển bền vững, thu hút {m} hội viên, phần đông là các cặp vợ chồng trẻ.",
        "Ở {n} câu lạc bộ gia đình bền vững, các buổi sinh hoạt chuyên đề được tổ chức đều đặn, lồng ghép với họp chi hội phụ nữ, trở thành nơi để các gia đình trao đổi cách nuôi dạy con và ứng xử giữa các thế hệ.",
    ],
    "R_vuviec": [
        "Số vụ bạo lực gia đình được phát hiện trên địa bàn là {k} vụ, giảm so với năm 2024; các vụ việc đều được xử lý kịp thời, đúng quy định.",
        "{k} vụ bạo lực gia đình đã được phát hiện, chủ yếu là người chồng bạo lực thân thể, tinh thần đối với vợ; người gây bạo lực đều bị góp ý, phê bình trong cộng đồng dân cư hoặc xử phạt vi phạm hành chính.",
        "Tình hình bạo lực gia đình cơ bản được kiềm chế, không có vụ việc nghiêm trọng gây hậu quả chết người, người có hành vi bạo lực đều bị áp dụng biện pháp ngăn chặn, giáo dục.",
        "Nhờ nắm chắc tình hình từng hộ, công an viên và trưởng thôn đã can thiệp ngay từ đầu khi có hành vi đánh đập, hành hạ người thân; cả năm toàn {unit} chỉ ghi nhận {k} vụ, ít hơn năm trước.",
    ],
    "R_truyenthong": [
        "Tổ chức {n} buổi truyền thông về phòng, chống bạo lực gia đình cho {m} lượt người dân tham dự.",
        "Luật Phòng, chống bạo lực gia đình năm 2022 được tuyên truyền lồng ghép trong các buổi họp thôn, sinh hoạt chi hội và phát trên loa truyền thanh với {n} tin, bài.",
        "Thông điệp về bình đẳng giới và ngăn ngừa bạo lực trong gia đình được đưa đến người dân qua pa nô, khẩu hiệu, nhóm Zalo của thôn; {m} tờ gấp đã được cấp phát tới các hộ.",
        "Đội văn nghệ các thôn dàn dựng {n} tiểu phẩm sân khấu hóa với chủ đề nói không với bạo lực gia đình, thu hút đông đảo bà con đến xem.",
    ],
    "R_diachi": [
        "Toàn {unit} có {n} địa chỉ tin cậy ở cộng đồng, trong năm đã tiếp nhận, hỗ trợ tạm lánh cho {k} lượt người bị bạo lực gia đình.",
        "Các địa chỉ tin cậy được đặt tại nhà trưởng thôn, chi hội trưởng phụ nữ hoặc người có uy tín, có biển hiệu và số điện thoại công khai để người bị bạo hành liên hệ khi cần.",
        "Mô hình “Địa chỉ tin cậy - Nhà tạm lánh” được duy trì ở {n} thôn, tổ dân phố, kịp thời che chở, giúp đỡ phụ nữ và trẻ em bị ngược đãi trong gia đình.",
        "{k} lượt phụ nữ, trẻ em bị đánh đập, đe dọa trong gia đình đã tìm đến nơi tạm lánh ở cộng đồng và được bố trí chỗ ở, tư vấn kịp thời.",
    ],
    "R_hoagiai": [
        "Các tổ hòa giải ở cơ sở đã hòa giải thành {k} vụ mâu thuẫn vợ chồng và mâu thuẫn giữa các thành viên trong gia đình, đạt tỷ lệ {p}%.",
        "Nhiều bất hòa trong gia đình như xích mích giữa mẹ chồng và nàng dâu, tranh chấp tài sản giữa anh chị em được tổ hòa giải thôn dàn xếp ổn thỏa, không để phát sinh thành bạo lực.",
        "Thông qua hòa giải ở thôn, {k} cặp vợ chồng đã có đơn xin ly hôn quay về đoàn tụ, tiếp tục chung sống.",
        "Công tác hòa giải những va chạm trong nội bộ gia đình đạt kết quả tốt, tỷ lệ hòa giải thành {p}%, góp phần giữ gìn hạnh phúc của nhiều gia đình.",
    ],
    "R_ngay286": [
        "Hưởng ứng Ngày Gia đình Việt Nam 28/6, tổ chức hội thi “Gia đình hạnh phúc” với sự tham gia của {n} gia đình tiêu biểu.",
        "Nhân kỷ niệm ngày 28 tháng 6, {unit} tổ chức tọa đàm về giữ gìn nếp nhà và tuyên dương {n} gia đình tiêu biểu trong các phong trào thi đua.",
        "Ngày Gia đình Việt Nam năm 2025 được tổ chức sôi nổi với các hoạt động giao lưu văn nghệ, thi nấu ăn giữa ông bà, cha mẹ và con cháu, lan tỏa thông điệp yêu thương, chia sẻ trong mỗi nhà.",
        "Các hoạt động hướng tới ngày 28/6 như treo băng rôn, thi ảnh “Bữa cơm gia đình”, gặp mặt gia đình nhiều thế hệ sum họp hạnh phúc diễn ra ở hầu hết các thôn, tổ dân phố.",
    ],
    "R_taphuan": [
        "Mở {k} lớp tập huấn nghiệp vụ công tác gia đình và phòng, chống bạo lực gia đình cho {tr} lượt cán bộ văn hóa - xã hội, trưởng thôn và chủ nhiệm câu lạc bộ.",
        "Cán bộ làm công tác gia đình ở cơ sở được bồi dưỡng kỹ năng tư vấn, can thiệp và hỗ trợ nạn nhân qua {k} khóa học do tỉnh và huyện tổ chức.",
        "{tr} lượt thành viên ban chỉ đạo, hòa giải viên và chi hội trưởng các đoàn thể đã tham gia lớp nâng cao năng lực thực hiện Luật Phòng, chống bạo lực gia đình.",
        "Đã cử {k} công chức văn hóa - xã hội và cán bộ hội phụ nữ dự lớp do Sở Văn hóa, Thể thao và Du lịch mở, sau đó về hướng dẫn lại cho các thôn.",
    ],
    "R_taohon": [
        "Công tác phòng, chống tảo hôn và hôn nhân cận huyết thống có chuyển biến, số cặp tảo hôn giảm còn {k} cặp.",
        "Không để xảy ra trường hợp kết hôn cận huyết thống; tình trạng lấy vợ, lấy chồng khi chưa đủ tuổi đã giảm rõ so với năm trước.",
        "Nhờ già làng, người có uy tín và chi hội phụ nữ kiên trì vận động, nhiều gia đình đồng bào dân tộc thiểu số đã không cho con cưới sớm; {k} đám cưới của người chưa đủ tuổi đã được ngăn chặn kịp thời.",
        "Tỷ lệ tảo hôn ở vùng đồng bào dân tộc giảm xuống còn {low}% số cặp kết hôn trong năm.",
    ],
    "R_ungxu": [
        "Bộ tiêu chí ứng xử trong gia đình được triển khai đến {p}% hộ gia đình, nhiều thôn đã đưa vào hương ước, quy ước.",
        "Việc thực hiện các chuẩn mực ứng xử trong gia đình gắn với giáo dục đạo đức, lối sống được các khu dân cư hưởng ứng; {n} thôn tổ chức cho các hộ ký cam kết thực hiện.",
        "Các quy tắc ông bà mẫu mực, cha mẹ yêu thương, con cháu hiếu thảo, vợ chồng hòa thuận được phổ biến đến từng hộ qua họp thôn và sinh hoạt đoàn thể.",
        "Chương trình giáo dục đạo đức, lối sống trong gia đình được thực hiện bằng việc cấp phát {m} cuốn sổ tay ứng xử cho các hộ và lồng ghép vào giờ ngoại khóa ở trường học.",
    ],
    "R_nguoicaotuoi": [
        "Tổ chức mừng thọ, chúc thọ cho {m} người cao tuổi nhân dịp Tết Nguyên đán và Ngày Quốc tế Người cao tuổi.",
        "Việc chăm sóc, phụng dưỡng ông bà, cha mẹ già trong gia đình được quan tâm, không có trường hợp người cao tuổi bị bỏ rơi hoặc bị ngược đãi.",
        "Người cao tuổi được con cháu kính trọng, chăm lo; {m} cụ được khám sức khỏe định kỳ và lập hồ sơ theo dõi tại trạm y tế.",
    ],
    "R_treem": [
        "Thực hiện tốt công tác bảo vệ, chăm sóc trẻ em, trên địa bàn không xảy ra vụ xâm hại, bạo lực trẻ em nghiêm trọng.",
        "{m} suất quà đã được trao cho trẻ em có hoàn cảnh khó khăn, trẻ mồ côi nhân Tháng hành động vì trẻ em và Tết Trung thu.",
        "Trẻ em có hoàn cảnh đặc biệt được rà soát, lập hồ sơ quản lý và hỗ trợ kịp thời; các em có nguy cơ bị ngược đãi được theo dõi, can thiệp sớm.",
    ],
    "R_chidao": [
        "Ủy ban nhân dân {unit} ban hành kế hoạch thực hiện công tác gia đình và phòng, chống bạo lực gia đình năm 2025 ngay từ đầu năm, giao nhiệm vụ cụ thể cho các ngành, đoàn thể.",
        "Ban Chỉ đạo công tác gia đình được kiện toàn sau khi sắp xếp lại bộ máy, có quy chế hoạt động và phân công thành viên phụ trách từng địa bàn.",
        "{k} văn bản chỉ đạo, hướng dẫn về công tác gia đình, phòng, chống bạo lực gia đình đã được ban hành kịp thời, sát với tình hình địa phương.",
    ],
    "R_kinhphi": [
        "Ngân sách bố trí cho công tác gia đình và phòng, chống bạo lực gia đình năm 2025 là {tr} triệu đồng.",
        "Tổng kinh phí chi cho các hoạt động về gia đình trong năm đạt {tr} triệu đồng, trong đó có phần tài trợ của doanh nghiệp và nhà hảo tâm.",
        "Từ nguồn sự nghiệp văn hóa, địa phương đã dành {tr} triệu đồng để tổ chức truyền thông, tập huấn và khen thưởng gia đình tiêu biểu.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_thonvanhoa": [
        "{n} thôn, tổ dân phố giữ vững danh hiệu “Thôn, tổ dân phố văn hóa”, {k} khu dân cư được công nhận lần đầu.",
        "Số khu dân cư đạt chuẩn văn hóa năm 2025 là {n}, chiếm {p}% tổng số thôn, tổ dân phố của {unit}.",
    ],
    "RD_clbkhac": [
        "Các câu lạc bộ dân vũ, thể dục dưỡng sinh, bóng chuyền hơi ở khu dân cư duy trì sinh hoạt thường xuyên với {m} thành viên.",
        "{n} câu lạc bộ văn nghệ quần chúng hoạt động sôi nổi, tham gia biểu diễn trong các dịp lễ, Tết của địa phương.",
    ],
    "RD_hoagiaidat": [
        "Tổ hòa giải các thôn đã hòa giải thành {k} vụ tranh chấp ranh giới đất, lối đi chung giữa các hộ liền kề.",
        "Các vụ tranh chấp đất đai, mốc giới giữa các hộ dân được hòa giải ngay tại cơ sở, tỷ lệ thành đạt {p}%.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_anbao": [
        "Bạo lực gia đình vẫn còn xảy ra nhưng khó phát hiện, do nạn nhân còn tâm lý ngại ngùng, cam chịu, sợ “vạch áo cho người xem lưng”.",
        "Nhiều vụ bạo hành chỉ được biết đến khi đã gây hậu quả nặng, vì người bị đánh giấu kín, không dám báo với chính quyền hay đoàn thể.",
        "Số vụ bạo lực gia đình được phát hiện chưa phản ánh đúng thực tế; không ít trường hợp bị bạo lực về tinh thần, kinh tế nhưng người trong cuộc coi đó là chuyện riêng của nhà mình.",
        "Tâm lý “đóng cửa bảo nhau”, sợ ảnh hưởng đến con cái và thể diện dòng họ khiến phụ nữ bị chồng đánh thường im lặng chịu đựng, hàng xóm biết cũng ngại can thiệp.",
    ],
    "L_kinhphi": [
        "Kinh phí bố trí cho công tác gia đình còn hạn hẹp, chưa đáp ứng yêu cầu tổ chức các hoạt động.",
        "Nguồn ngân sách dành cho phòng, chống bạo lực gia đình ở cấp xã rất ít, chủ yếu lồng ghép với kinh phí sự nghiệp văn hóa nên khó triển khai các hoạt động chuyên sâu.",
        "Do thiếu tiền, nhiều hoạt động truyền thông, tập huấn phải cắt giảm; số kinh phí được cấp mới đáp ứng khoảng {low}% nhu cầu.",
        "Việc cấp tiền cho các hoạt động về gia đình hằng năm không ổn định, có năm không được bố trí, địa phương phải vận động xã hội hóa.",
    ],
    "L_canbo": [
        "Cán bộ làm công tác gia đình ở cấp xã chủ yếu kiêm nhiệm, thường xuyên thay đổi, chưa được đào tạo chuyên sâu.",
        "Công chức văn hóa - xã hội phải ôm nhiều lĩnh vực, không có thời gian bám địa bàn để nắm tình hình các hộ có nguy cơ xảy ra bạo lực.",
        "Năng lực tư vấn, can thiệp của đội ngũ phụ trách công tác gia đình ở thôn còn yếu, nhiều người lúng túng khi gặp vụ việc cụ thể.",
        "Sau sắp xếp đơn vị hành chính, bộ phận theo dõi công tác gia đình bị xáo trộn, người mới nhận nhiệm vụ chưa nắm được nghiệp vụ.",
    ],
    "L_clb": [
        "Một số câu lạc bộ gia đình phát triển bền vững hoạt động cầm chừng, nội dung sinh hoạt đơn điệu, thành viên tham gia không đều.",
        "Hiệu quả của các mô hình câu lạc bộ gia đình chưa cao, có nơi chỉ thành lập cho đủ chỉ tiêu rồi bỏ đó, không sinh hoạt.",
        "Hội viên là lao động trẻ đi làm cả ngày nên các buổi sinh hoạt câu lạc bộ thường vắng, đến dự chủ yếu là người lớn tuổi.",
        "Chủ nhiệm nhiều câu lạc bộ chưa biết cách tổ chức buổi sinh hoạt hấp dẫn, mô hình dần mai một sau vài năm thành lập.",
    ],
    "L_nguyennhan": [
        "Nguyên nhân chủ yếu dẫn đến bạo lực gia đình là say rượu, cờ bạc, kinh tế khó khăn và tư tưởng gia trưởng, trọng nam khinh nữ.",
        "Phần lớn các vụ bạo hành xuất phát từ việc người chồng uống rượu say rồi gây sự, đánh đập vợ con.",
        "Quan niệm “chồng chúa vợ tôi”, coi đánh vợ là chuyện bình thường vẫn tồn tại trong một bộ phận nam giới, nhất là ở vùng nông thôn.",
        "Áp lực cơm áo, nợ nần, thất nghiệp cộng với tệ rượu chè, lô đề là những căn nguyên làm nảy sinh xung đột và bạo hành trong nhiều gia đình.",
    ],
    "L_giadinhvh": [
        "Việc bình xét danh hiệu “Gia đình văn hóa” ở một số thôn còn nể nang, hình thức, chưa đúng thực chất.",
        "Có nơi bình xét gia đình văn hóa theo kiểu cào bằng, chạy theo tỷ lệ, hộ còn vi phạm vẫn được công nhận.",
        "Chất lượng danh hiệu văn hóa chưa bền vững, một số gia đình được công nhận nhưng vẫn có người vi phạm pháp luật hoặc có hành vi bạo lực.",
    ],
    "L_diachi": [
        "Hoạt động của các địa chỉ tin cậy ở cộng đồng chưa phát huy hiệu quả, ít nạn nhân tìm đến.",
        "Nhiều địa chỉ tin cậy chỉ có biển hiệu, không có phòng tạm lánh riêng và trang thiết bị tối thiểu để giúp người bị bạo hành.",
        "Người bị bạo lực ngại đến nơi tạm lánh ở thôn vì sợ chồng biết rồi trả thù, nên cả năm mô hình nhà tạm lánh hầu như không tiếp nhận ai.",
    ],
    "L_taohon": [
        "Tình trạng tảo hôn vẫn còn ở các thôn vùng đồng bào dân tộc thiểu số, năm 2025 phát sinh {k} trường hợp.",
        "Một số thanh niên người Mông, người Dao vẫn lấy vợ, lấy chồng khi chưa đủ tuổi, về chung sống với nhau mà không đăng ký kết hôn.",
        "Ngăn chặn việc cưới trước tuổi gặp khó vì tập quán lâu đời, cha mẹ còn đồng ý cho con cưới sớm để có thêm người làm nương.",
    ],
    "L_laodong": [
        "Nhiều người trong độ tuổi lao động đi làm ăn xa, trẻ em ở nhà với ông bà, thiếu sự chăm sóc, dạy dỗ của cha mẹ.",
        "Số gia đình có vợ hoặc chồng đi xuất khẩu lao động, làm công nhân ở tỉnh ngoài tăng, dẫn đến thiếu gắn kết, nảy sinh mâu thuẫn.",
        "Việc đi tìm việc làm ở nơi khác khiến nhiều gia đình bị chia cắt, người già và con nhỏ phải tự lo cho nhau.",
    ],
    "L_thongke": [
        "Công tác thống kê, báo cáo số liệu về gia đình và bạo lực gia đình ở cơ sở còn chậm, chưa đầy đủ.",
        "Số liệu về các vụ bạo lực gia đình giữa công an, tư pháp và văn hóa chưa thống nhất, gây khó khăn khi tổng hợp.",
        "Nhiều thôn gửi biểu mẫu báo cáo muộn, ghi chép sơ sài nên cấp trên khó nắm đúng tình hình.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_hocduong": [
        "Tình trạng bạo lực học đường vẫn xảy ra, có vụ học sinh đánh nhau rồi quay video đăng lên mạng xã hội.",
        "Một số vụ học sinh trung học cơ sở xô xát, bắt nạt bạn ngoài cổng trường chưa được nhà trường phát hiện kịp thời.",
    ],
    "LD_lyhon": [
        "Số vụ ly hôn có xu hướng tăng, tập trung ở các cặp vợ chồng trẻ mới cưới dưới 5 năm.",
        "Tòa án thụ lý nhiều đơn xin ly hôn hơn năm trước, phần lớn với lý do không hợp nhau về tính cách.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_truyenthong": [
        "Tiếp tục đẩy mạnh tuyên truyền Luật Phòng, chống bạo lực gia đình, nâng cao nhận thức của người dân về bình đẳng giới và trách nhiệm xây dựng gia đình.",
        "Đa dạng hóa hình thức truyền thông, chú trọng mạng xã hội, loa truyền thanh thôn và sân khấu hóa để thông điệp phòng, chống bạo lực gia đình đến được từng hộ.",
        "Hướng hoạt động truyền thông vào nam giới, người có nguy cơ gây bạo lực và đồng bào dân tộc thiểu số, biên soạn tài liệu bằng tiếng dân tộc cho dễ hiểu.",
        "Làm tốt công tác thông tin, giáo dục để mỗi người dân hiểu rằng đánh đập, hành hạ người thân là vi phạm pháp luật, không phải chuyện riêng của mỗi nhà.",
    ],
    "S_clb": [
        "Củng cố, nâng cao chất lượng hoạt động của các câu lạc bộ gia đình phát triển bền vững, đổi mới nội dung sinh hoạt cho phù hợp.",
        "Nhân rộng mô hình câu lạc bộ gia đình phát triển bền vững ra các thôn chưa có, phấn đấu thành lập thêm {k} câu lạc bộ trong năm 2026.",
        "Hỗ trợ chủ nhiệm câu lạc bộ xây dựng chương trình sinh hoạt theo chuyên đề, mời cán bộ y tế, tư pháp đến nói chuyện để các gia đình hứng thú tham gia.",
        "Duy trì sinh hoạt định kỳ ở các nhóm, câu lạc bộ gia đình, kịp thời biểu dương những câu lạc bộ hoạt động có hiệu quả.",
    ],
    "S_phathien": [
        "Chủ động nắm tình hình, phát hiện sớm các gia đình có nguy cơ xảy ra bạo lực để can thiệp kịp thời.",
        "Xử lý nghiêm các hành vi bạo lực gia đình theo quy định của pháp luật, không để vụ việc kéo dài, tái diễn.",
        "Giao trưởng thôn, công an viên và chi hội trưởng phụ nữ theo dõi sát các hộ hay xảy ra xích mích, báo ngay khi có dấu hiệu bạo hành.",
        "Áp dụng đầy đủ các biện pháp ngăn chặn, bảo vệ người bị bạo lực như cấm tiếp xúc, góp ý, phê bình trong cộng đồng dân cư.",
    ],
    "S_kinhphi": [
        "Đề nghị tỉnh bố trí kinh phí riêng cho công tác gia đình và phòng, chống bạo lực gia đình ở cấp xã.",
        "Kiến nghị cấp trên hỗ trợ tiền duy trì hoạt động của câu lạc bộ và địa chỉ tin cậy, có mức thù lao cho người trực tiếp phụ trách.",
        "Cân đối ngân sách địa phương để tăng chi cho các hoạt động về gia đình, đồng thời vận động doanh nghiệp, nhà hảo tâm cùng đóng góp.",
        "Đề xuất nâng mức chi cho công tác gia đình lên ít nhất {tr} triệu đồng mỗi năm để đủ tổ chức truyền thông và tập huấn.",
    ],
    "S_taphuan": [
        "Tăng cường tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ làm công tác gia đình ở cơ sở.",
        "Mở các lớp nâng cao năng lực tư vấn, hỗ trợ nạn nhân bạo lực cho trưởng thôn, hòa giải viên và người phụ trách địa chỉ tin cậy.",
        "Đề nghị Sở Văn hóa, Thể thao và Du lịch đào tạo chuyên sâu về nghiệp vụ gia đình cho công chức văn hóa - xã hội mới nhận nhiệm vụ.",
        "Cử người tham dự đầy đủ các khóa học của tỉnh, gắn việc học với thực hành xử lý tình huống tại thôn.",
    ],
    "S_giadinhvh": [
        "Nâng cao chất lượng bình xét danh hiệu “Gia đình văn hóa”, bảo đảm thực chất, đúng tiêu chuẩn, khắc phục tình trạng nể nang.",
        "Kiên quyết không công nhận gia đình văn hóa đối với hộ có hành vi bạo lực, vi phạm pháp luật hoặc không chấp hành quy định về nếp sống văn minh.",
        "Đổi mới cách bình xét danh hiệu văn hóa ở khu dân cư, để chính người dân đánh giá, tránh chạy theo tỷ lệ.",
    ],
    "S_diachi": [
        "Kiện toàn, duy trì hoạt động của các địa chỉ tin cậy ở cộng đồng, công khai số điện thoại đường dây nóng để người dân liên hệ.",
        "Bố trí thêm nơi tạm lánh cho người bị bạo lực gia đình tại nhà văn hóa thôn hoặc trụ sở công an xã.",
        "Phấn đấu mỗi thôn có ít nhất một địa chỉ tin cậy do người có uy tín, được bà con tin tưởng phụ trách.",
    ],
    "S_taohon": [
        "Tiếp tục thực hiện Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.",
        "Vận động già làng, trưởng bản, người có uy tín khuyên các gia đình không cho con kết hôn khi chưa đủ tuổi.",
        "Xử lý nghiêm các trường hợp tổ chức tảo hôn, gắn trách nhiệm của trưởng thôn khi để xảy ra việc cưới trước tuổi.",
    ],
    "S_phoihop": [
        "Tăng cường phối hợp giữa ngành văn hóa với công an, tư pháp, Hội Liên hiệp Phụ nữ và Mặt trận trong phòng, chống bạo lực gia đình.",
        "Xây dựng quy chế phối hợp liên ngành trong tiếp nhận, xử lý tin báo và hỗ trợ nạn nhân bạo lực gia đình.",
        "Gắn công tác gia đình với phong trào của từng hội, đoàn thể, phân rõ phần việc của mỗi ngành để cùng vào cuộc.",
    ],
    "S_ungxu": [
        "Nhân rộng việc thực hiện bộ tiêu chí ứng xử trong gia đình, đưa vào hương ước, quy ước của thôn.",
        "Đẩy mạnh giáo dục đạo đức, lối sống trong gia đình, giữ gìn nếp nhà và truyền thống hiếu thảo qua các thế hệ.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_matuy": [
        "Đẩy mạnh tuyên truyền phòng, chống ma túy và tệ nạn xã hội trong thanh thiếu niên.",
        "Tổ chức các buổi nói chuyện về tác hại của ma túy tổng hợp tại trường học và khu dân cư.",
    ],
    "SD_clbvannghe": [
        "Duy trì, phát triển các câu lạc bộ văn nghệ, thể dục thể thao quần chúng ở thôn, tổ dân phố.",
        "Nâng chất lượng hoạt động của các câu lạc bộ dân ca, đội văn nghệ để chuẩn bị cho liên hoan nghệ thuật quần chúng năm 2026.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Hội Liên hiệp Phụ nữ ra mắt mô hình “Mẹ đỡ đầu”, nhận giúp đỡ {k} trẻ em mồ côi đến khi trưởng thành.",
        "Tổ chức lễ cưới tập thể theo nếp sống mới cho {k} cặp công nhân ở khu công nghiệp.",
        "Thư viện mở góc đọc sách gia đình, cho mượn sách về nuôi dạy con.",
        "Vận động {k} dòng họ xây dựng quy ước dòng họ khuyến học, khuyến tài.",
        "Hai gia đình trên địa bàn được Bộ Văn hóa, Thể thao và Du lịch tặng bằng khen gia đình tiêu biểu toàn quốc.",
        "Phối hợp với ngân hàng chính sách cho {k} phụ nữ đơn thân vay vốn làm kinh tế.",
        "Khánh thành nhà văn hóa thôn có phòng sinh hoạt cộng đồng và sân chơi cho trẻ em.",
        "Trường mầm non tổ chức ngày hội “Bố mẹ cùng con” với các trò chơi dân gian.",
        "Mở lớp dạy bơi miễn phí cho {tr} trẻ em trong dịp hè để phòng, chống đuối nước.",
        "Trao học bổng cho {k} học sinh nghèo vượt khó có thành tích học tập tốt.",
        "Cấp giấy khai sinh đúng hạn cho trẻ sinh ra trong năm, không có trường hợp đăng ký muộn.",
        "Tổ chức trại hè kỹ năng sống cho học sinh là con em công nhân.",
        "Hội Cựu chiến binh giúp {k} hội viên có hoàn cảnh khó khăn sửa chữa nhà ở.",
        "Ra mắt tổ tư vấn tâm lý qua Zalo cho các cặp vợ chồng trẻ mới cưới.",
    ],
    "limitations": [
        "Một số đám cưới vẫn tổ chức linh đình, kéo dài nhiều ngày, gây tốn kém.",
        "Tình trạng sinh con thứ ba trở lên có chiều hướng tăng trở lại.",
        "Việc chăm sóc trẻ khuyết tật tại nhà còn nhiều khó khăn do thiếu dịch vụ phục hồi chức năng.",
        "Nạn lừa đảo vay tiền qua mạng khiến một số hộ lâm vào cảnh nợ nần.",
        "Phần mềm đăng ký hộ tịch thường xuyên bị lỗi khi làm thủ tục đăng ký kết hôn.",
        "Trẻ em dùng điện thoại, chơi trò chơi trực tuyến quá nhiều mà cha mẹ không kiểm soát được.",
        "Một số gia đình còn để trẻ nhỏ tự đi tắm sông, suối, tiềm ẩn nguy cơ đuối nước.",
        "Tỷ số giới tính khi sinh vẫn ở mức cao, số bé trai nhiều hơn hẳn bé gái.",
        "Pa nô tuyên truyền dựng từ nhiều năm trước đã bạc màu, hư hỏng nhưng chưa được thay.",
        "Hoạt động mê tín dị đoan, xem bói có dấu hiệu gia tăng ở một số điểm di tích.",
        "Ma túy tổng hợp len lỏi vào nhóm thanh niên, gây lo lắng cho nhiều gia đình.",
        "Một số cơ sở karaoke hoạt động quá giờ, gây ồn ào ảnh hưởng đến khu dân cư.",
        "Các tổ dân phố đông dân thiếu sân chơi cho trẻ em.",
    ],
    "solutions": [
        "Vận động các gia đình tổ chức cưới theo nếp sống mới, không mời cỗ tràn lan.",
        "Phối hợp với trạm y tế tư vấn, khám sức khỏe tiền hôn nhân cho nam, nữ thanh niên.",
        "Xây dựng sân chơi cho trẻ em tại các tổ dân phố đông dân.",
        "Mở lớp dạy bơi cho trẻ em vào dịp hè.",
        "Thí điểm mô hình “Ông bà đọc sách cho cháu” tại thư viện thôn.",
        "Kiến nghị bổ sung phòng phục hồi chức năng cho trẻ khuyết tật ở trung tâm y tế.",
        "Tổ chức tọa đàm về an toàn cho trẻ em khi sử dụng mạng xã hội.",
        "Vận động các dòng họ lập quỹ khuyến học, khuyến tài.",
        "Lắp thêm đèn chiếu sáng ở các ngõ xóm tối để phụ nữ, trẻ em đi lại an toàn ban đêm.",
        "Chuẩn bị tổ chức Đại hội Hội Người cao tuổi nhiệm kỳ mới.",
        "Rà soát, thay mới các pa nô, khẩu hiệu bị hư hỏng dọc các tuyến đường chính.",
        "Đề xuất bố trí phòng tư vấn hôn nhân tại bộ phận một cửa.",
        "Phối hợp với ngân hàng cho phụ nữ nghèo vay vốn khởi nghiệp.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 18, 16, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 18, 15, 14, 12, 9, 7, 5, 4, 2))),
    "RD_thonvanhoa": 3,
    "RD_clbkhac": 3,
    "RD_hoagiaidat": 2,
    "LD_hocduong": 2,
    "LD_lyhon": 3,
    "SD_matuy": 3,
    "SD_clbvannghe": 2,
}

DISTRICTS = [
    "huyện Kỳ Lộc Sơn",
    "huyện Đa Mai",
    "huyện Thượng Hòa Lâm",
    "huyện Nậm Khao",
    "huyện Vĩnh Trạch Đông",
    "thị xã Tân Lĩnh Bắc",
    "huyện Cao Mỹ Hạ",
]
COMMUNE_STEMS = [
    "Trung Lương Bắc",
    "Khuôn Lăn Hạ",
    "Thạch Bàn Thượng",
    "Nà Lầu Đông",
    "Phương Độ Hạ",
    "Yên Thịnh Tây",
    "Đồng Quế Bắc",
    "Tân Hà Đông",
    "Nặm Cắm Thượng",
    "Liên Hiệp Nam",
    "Quang Vinh Hạ",
    "Sơn Lộ Tây",
    "Lãng Ngâm Bắc",
    "Hữu Khánh Thượng",
    "Kỳ Lân Đông",
    "Chí Viễn Hạ",
    "Nghĩa Tá Nam",
    "Mỹ Phương Tây",
    "Tà Phìn Thượng",
    "Phúc Lộc Hạ",
    "Xuân Dương Bắc",
    "Hòa Phong Đông",
    "Bình Trung Tây",
    "Vũ Muộn Hạ",
    "Ngọc Khê Nam",
    "Đông Viên Thượng",
    "Cư Lễ Tây",
    "Hà Hiệu Nam",
    "Thanh Bình Đông",
    "Kim Lư Hạ",
    "Quân Chu Thượng",
    "Văn Lăng Tây",
    "Thuần Mang Bắc",
    "Nghiên Loan Hạ",
    "Tú Trĩ Nam",
]

OPENINGS = [
    "Thực hiện Công văn số {tr}/SVHTTDL-QLVHGĐ ngày 20/11/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Lâm về việc báo cáo kết quả công tác gia đình năm 2025, {unit} báo cáo như sau:",
    "Căn cứ Luật Phòng, chống bạo lực gia đình năm 2022 và Kế hoạch số {k}/KH-UBND ngày 14/01/2025 của Ủy ban nhân dân tỉnh Bắc Lâm về công tác gia đình năm 2025, {unit} báo cáo kết quả thực hiện như sau:",
    "Triển khai Chiến lược phát triển gia đình Việt Nam đến năm 2030 trên địa bàn tỉnh Bắc Lâm, {unit} tổng kết công tác gia đình, phòng, chống bạo lực gia đình năm 2025 như sau:",
]
HEADINGS = {
    "results": [
        "I. KẾT QUẢ ĐẠT ĐƯỢC NĂM 2025",
        "I. KẾT QUẢ CÔNG TÁC GIA ĐÌNH VÀ PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH",
        "I. CÔNG TÁC TRIỂN KHAI VÀ KẾT QUẢ",
    ],
    "limitations": [
        "II. HẠN CHẾ VÀ NGUYÊN NHÂN",
        "II. NHỮNG TỒN TẠI, HẠN CHẾ",
        "II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN",
    ],
    "solutions": [
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
        "III. GIẢI PHÁP VÀ ĐỀ XUẤT, KIẾN NGHỊ",
    ],
}
SUBHEADS = {
    "results": [
        "1. Công tác chỉ đạo, triển khai",
        "2. Công tác phòng, chống bạo lực gia đình",
        "3. Xây dựng gia đình văn hóa, gia đình hạnh phúc",
    ],
    "limitations": ["1. Tồn tại, hạn chế", "2. Nguyên nhân"],
    "solutions": ["1. Nhiệm vụ, giải pháp", "2. Kiến nghị"],
}
LEADS = {
    "results": [
        "",
        "",
        "",
        "Trong năm, ",
        "Bên cạnh đó, ",
        "Cùng với đó, ",
        "Đặc biệt, ",
    ],
    "limitations": ["", "", "", "Tuy vậy, ", "Ngoài ra, ", "Cũng cần thấy rằng, "],
    "solutions": ["", "", "", "Năm 2026, ", "Thời gian tới, ", "Đồng thời, "],
}

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=OPENINGS,
    headings=HEADINGS,
    subheads=SUBHEADS,
    leads=LEADS,
    title="Kết quả thực hiện công tác gia đình, phòng, chống bạo lực gia đình năm 2025; phương hướng, nhiệm vụ năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo kết quả công tác gia đình và phòng, chống bạo lực gia đình năm 2025 của {unit}.",
    recipients="Nơi nhận: Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Lâm; Thường trực cấp ủy; Lưu: VT, VHXH.",
    placeholder="(Có biểu thống kê số liệu kèm theo)",
    proper=(
        "Ủy ban",
        "Ban ",
        "Hội ",
        "Phòng ",
        "Sở ",
        "Công an",
        "Mặt trận",
        "Đoàn Thanh niên",
        "Ngày Gia đình",
        "Tháng hành động",
        "Luật ",
        "Tòa án",
        "Trung tâm",
        "Đề án",
        "Chương trình",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
