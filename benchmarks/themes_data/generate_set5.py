# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's fifth set: invented districts and communes of another invented
province (tỉnh Hòa Lâm) reporting on another programme and sector (education: the summary of the
2025 - 2026 school year, "tổng kết năm học", by district and commune education offices: school
facilities, national-standard schools, teachers, universal education, pupils' results, dropouts,
digital teaching, school safety).

Written before any tuning of :mod:`nq35cls.themes` on it, blind to the method (no clustering was run
on it while it was written), and held out: never used to choose methods or parameters, only to say
how what was chosen on the other sets does on words nobody looked at. Every sentence below was
written for this set; the same structure and machinery as ``generate_valid.py`` (planted points with
several phrasings of different structure and wording, distractors that share words with a planted
point but not its point, singletons), none of the other sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set5.py       # rewrites reports_set5/*.txt and *.jsonl (seed 97)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set5"
N_REPORTS = 42
SEED = 97

RESULTS: dict[str, list[str]] = {
    "R_chuanqg": [
        "Ủy ban nhân dân tỉnh đã ra quyết định công nhận {k} trường đạt chuẩn quốc gia trong năm học, vượt kế hoạch đề ra.",
        "Tỷ lệ trường học đạt chuẩn quốc gia của {unit} đến nay là {p}%, tăng so với cuối năm học trước.",
        "Sau kiểm định chất lượng và đánh giá ngoài, {k} trường mầm non, tiểu học, trung học cơ sở đã được công nhận đạt chuẩn quốc gia, trong đó có trường đạt mức độ 2.",
        "Công tác xây dựng trường chuẩn tiếp tục được quan tâm; hiện {n} trường đạt chuẩn quốc gia, chiếm {p}% tổng số trường.",
    ],
    "R_phocap": [
        "Kết quả kiểm tra công nhận cho thấy {unit} giữ vững chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập tiểu học mức độ 3 và trung học cơ sở mức độ 2.",
        "Công tác phổ cập giáo dục, xóa mù chữ được duy trì bền vững, {p}% người trong độ tuổi 15 - 60 biết chữ mức độ 2.",
        "Hồ sơ điều tra phổ cập được cập nhật đầy đủ trên phần mềm, các tiêu chuẩn phổ cập ở cả ba cấp học đều được duy trì theo kết quả kiểm tra của tỉnh.",
        "Tỷ lệ thanh, thiếu niên từ 15 đến 18 tuổi có bằng tốt nghiệp trung học cơ sở đạt {p}%, bảo đảm tiêu chuẩn phổ cập.",
    ],
    "R_lenlop": [
        "Học sinh tiểu học hoàn thành chương trình lớp học đạt {p}%, học sinh lớp 5 hoàn thành chương trình tiểu học đạt 100%.",
        "Kết quả đánh giá cuối năm, {p}% học sinh được lên lớp, chỉ còn số ít em phải rèn luyện, kiểm tra lại trong hè.",
        "Chất lượng giáo dục đại trà có chuyển biến, số học sinh có kết quả học tập chưa đạt giảm rõ so với năm học trước.",
        "Ở cấp trung học cơ sở, tỷ lệ học sinh xếp mức Tốt và Khá về học tập tăng lên {p}%.",
    ],
    "R_phonghoc": [
        "Đã đầu tư xây mới {k} phòng học và {n} phòng học bộ môn, không còn phòng học tạm, phòng học mượn.",
        "Từ nguồn vốn Chương trình mục tiêu quốc gia, {x} tỷ đồng được dùng để kiên cố hóa trường lớp, bàn giao {k} phòng học mới trước ngày khai giảng.",
        "Tỷ lệ phòng học kiên cố của {unit} đạt {p}%, các điểm trường vùng khó khăn không còn lớp học tranh tre, nứa lá.",
    ],
    "R_hsg": [
        "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh, học sinh của {unit} đạt {n} giải, trong đó có giải nhất môn Toán.",
        "Công tác bồi dưỡng học sinh năng khiếu đạt kết quả nổi bật, {k} em đoạt giải trong các kỳ thi cấp tỉnh.",
        "Số giải học sinh giỏi cấp tỉnh năm nay là {n}, nhiều nhất từ trước đến nay, có cả giải nhất môn Ngữ văn và Lịch sử.",
    ],
    "R_siso": [
        "Các trường duy trì tốt sĩ số; cả năm học chỉ có {k} học sinh bỏ học, giảm so với năm học trước.",
        "Nhờ giáo viên chủ nhiệm thường xuyên đến tận nhà vận động, tình trạng học sinh nghỉ học giữa chừng được hạn chế, sĩ số lớp ổn định.",
        "Tỷ lệ học sinh bỏ học ở cấp trung học cơ sở giảm xuống dưới 0,5%, cấp tiểu học không có em nào bỏ học.",
    ],
    "R_giangdayso": [
        "Giáo viên đã soạn {m} bài giảng điện tử, đưa lên kho học liệu số dùng chung của ngành.",
        "Ứng dụng công nghệ thông tin trong dạy học được đẩy mạnh, {p}% lớp học có màn hình tương tác hoặc máy chiếu, thầy cô sử dụng thường xuyên trong các tiết dạy.",
        "Các trường đã tổ chức dạy học kết hợp trực tiếp với trực tuyến, học sinh ôn tập qua hệ thống học tập trực tuyến của Bộ.",
        "Triển khai mô hình lớp học thông minh tại {k} trường, giáo viên thiết kế tiết dạy bằng phần mềm và học liệu số.",
    ],
    "R_gvchuan": [
        "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 là {p}%.",
        "Có thêm {n} giáo viên hoàn thành chương trình đào tạo nâng trình độ lên đại học, số giáo viên chưa đạt chuẩn trình độ giảm mạnh.",
        "Phần lớn giáo viên mầm non và tiểu học đã có bằng cao đẳng, đại học trở lên, đáp ứng chuẩn trình độ theo quy định mới.",
    ],
    "R_antoan": [
        "Trong năm học không xảy ra vụ bạo lực học đường nghiêm trọng, an ninh trật tự trong và xung quanh trường học được giữ vững.",
        "Phối hợp với Công an {unit} bảo đảm an toàn trường học, không có học sinh vi phạm pháp luật, không xảy ra ngộ độc thực phẩm tại bếp ăn bán trú.",
        "{p}% trường học được đánh giá đạt tiêu chí trường học an toàn, phòng, chống tai nạn thương tích.",
    ],
    "R_bantru": [
        "Chi trả đầy đủ, kịp thời chế độ hỗ trợ tiền ăn, gạo cho {m} học sinh bán trú theo chính sách của Nhà nước.",
        "Học sinh dân tộc thiểu số nhà xa trường được hưởng hỗ trợ tiền ăn và tiền nhà ở, tổng kinh phí {x} tỷ đồng.",
        "{m} em học sinh ở thôn, bản xa được ăn, ở bán trú tại trường, mỗi tháng nhận 15 kg gạo.",
    ],
    "R_tiengviet": [
        "Tổ chức tăng cường tiếng Việt cho trẻ mầm non người dân tộc thiểu số trước khi vào lớp 1, {p}% trẻ nghe, nói thành thạo.",
        "Các em nhỏ đồng bào dân tộc được chuẩn bị tiếng Việt qua hè, vào lớp Một đã giao tiếp tốt với cô giáo.",
        "Xây dựng môi trường giao tiếp tiếng Việt ở {n} điểm trường vùng cao, giúp trẻ 5 tuổi sẵn sàng vào lớp 1.",
    ],
    "R_boiduong": [
        "Tổ chức bồi dưỡng thường xuyên và tập huấn sách giáo khoa mới cho {m} lượt cán bộ quản lý, giáo viên.",
        "{p}% giáo viên hoàn thành các mô-đun bồi dưỡng thực hiện Chương trình giáo dục phổ thông 2018.",
        "Thầy cô được dự các lớp tập huấn đổi mới phương pháp dạy học và kiểm tra, đánh giá theo chương trình mới do Sở tổ chức.",
    ],
    "R_khuyenhoc": [
        "Hội Khuyến học trao {n} suất học bổng cho học sinh nghèo vượt khó, tổng trị giá {tr} triệu đồng.",
        "Quỹ khuyến học nhận được {tr} triệu đồng ủng hộ từ con em quê hương và các công ty, dùng để khen thưởng học trò nghèo học giỏi.",
        "Công tác khuyến học, khuyến tài được xã hội quan tâm, nhiều em có hoàn cảnh khó khăn được nhận học bổng để tiếp tục đến trường.",
    ],
    "R_tienganh": [
        "Môn Tiếng Anh đã được đưa vào dạy cho học sinh từ lớp 1 ở tất cả các trường tiểu học.",
        "Học sinh lớp 1, lớp 2 được làm quen với tiếng Anh qua các tiết tự chọn, {k} trường có giáo viên bản ngữ dạy.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_thuvien": [
        "Có {k} thư viện trường học được công nhận đạt chuẩn, sách và tài liệu tham khảo được bổ sung hằng năm.",
        "Thư viện các trường đạt chuẩn theo quy định của Bộ, góc đọc sách được bố trí ngay trong lớp học.",
        "Mô hình thư viện xanh, thư viện thân thiện được xây dựng ở {k} trường, thu hút học sinh đến đọc sách.",
    ],
    "RD_gvgioi": [
        "Hội thi giáo viên dạy giỏi cấp huyện có {n} thầy cô đạt danh hiệu, {k} người được chọn dự thi cấp tỉnh.",
        "Tại hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh, {k} giáo viên của {unit} đạt giải.",
    ],
    "RD_tuyensinh": [
        "Tuyển sinh đầu cấp được thực hiện trực tuyến, phụ huynh đăng ký cho con vào lớp 1, lớp 6 qua cổng dịch vụ công.",
        "{p}% hồ sơ tuyển sinh vào lớp 6 được nộp trực tuyến, cha mẹ học sinh không phải đi lại nhiều lần.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_thieugv": [
        "Thiếu giáo viên ở nhiều môn, nhất là Tin học, Tiếng Anh, Âm nhạc, Mỹ thuật; {unit} còn thiếu {n} giáo viên so với định mức.",
        "Tuy được giao chỉ tiêu nhưng không tuyển đủ giáo viên do thiếu nguồn tuyển, nhiều trường phải hợp đồng hoặc bố trí dạy liên trường.",
        "Đội ngũ nhà giáo còn thiếu so với định mức, giáo viên phải dạy vượt giờ, dạy lớp ghép.",
        "Số giáo viên nghỉ hưu, chuyển công tác nhiều trong khi tuyển mới chưa bù kịp, các trường phải phân công dạy kiêm nhiệm môn trái chuyên môn.",
    ],
    "L_csvc": [
        "Cơ sở vật chất nhiều trường còn thiếu, chưa đủ phòng học bộ môn, phòng chức năng theo yêu cầu của chương trình mới.",
        "{k} trường có dãy phòng học hư hỏng, tường nứt, cần được cải tạo gấp để bảo đảm an toàn cho học sinh.",
        "Trường lớp chưa đáp ứng yêu cầu: thiếu phòng học, thiếu nhà đa năng, sân tập, nhiều hạng mục đã xuống cấp.",
        "Học sinh ở {k} điểm trường vẫn phải học nhờ nhà văn hóa hoặc học trong phòng tạm.",
    ],
    "L_bohoc": [
        "Vẫn còn học sinh bỏ học, chủ yếu ở cấp trung học cơ sở vùng đồng bào dân tộc thiểu số.",
        "Một số em lớp 8, lớp 9 nghỉ học để theo bố mẹ đi làm ăn xa hoặc xin vào làm công nhân.",
        "Cả năm có {k} học sinh bỏ học giữa chừng, nguyên nhân do hoàn cảnh gia đình khó khăn, học yếu và tảo hôn.",
        "Tình trạng học sinh nghỉ học dài ngày rồi bỏ hẳn ở các thôn xa chưa được khắc phục triệt để.",
    ],
    "L_chenhlech": [
        "Chất lượng giáo dục chưa đồng đều, khoảng cách giữa trường vùng thuận lợi và vùng khó khăn còn lớn.",
        "Học sinh vùng sâu, vùng xa có kết quả học tập thấp hơn nhiều so với học sinh ở thị trấn, tỷ lệ chưa đạt còn {low}%.",
        "Ở các xã đặc biệt khó khăn, chất lượng dạy và học còn thấp, nhất là môn Toán và Tiếng Anh, chênh lệch rõ với khu trung tâm.",
    ],
    "L_thietbi": [
        "Thiết bị dạy học tối thiểu theo danh mục của Bộ mới đáp ứng khoảng {p}% nhu cầu, nhiều bộ đã hỏng.",
        "Đồ dùng thí nghiệm môn Khoa học tự nhiên còn thiếu, giáo viên phải tự làm hoặc dạy chay.",
        "Việc mua sắm thiết bị theo chương trình giáo dục phổ thông mới chậm, các trường còn thiếu nhiều đồ dùng thực hành.",
    ],
    "L_diemle": [
        "Còn nhiều điểm trường lẻ, phân tán, {k} điểm trường chỉ có vài chục học sinh, rất khó đầu tư và quản lý.",
        "Do địa bàn rộng, dân cư thưa, các trường có nhiều điểm trường, phải duy trì lớp ghép ở vùng cao.",
        "Mạng lưới trường lớp manh mún, có trường gồm năm, sáu điểm lẻ cách nhau hàng chục cây số.",
    ],
    "L_giaothong": [
        "Tình trạng học sinh chưa đủ tuổi điều khiển xe máy đến trường vẫn còn.",
        "Vẫn có học sinh vi phạm an toàn giao thông như đi xe đạp điện không đội mũ bảo hiểm, đi hàng ba trên đường.",
        "Công an đã nhắc nhở, lập biên bản {k} trường hợp học sinh vi phạm luật giao thông trên đường đi học.",
    ],
    "L_kinhphi": [
        "Ngân sách chi cho giáo dục chủ yếu để trả lương, kinh phí cho hoạt động chuyên môn rất hạn hẹp.",
        "Sau khi chi lương và phụ cấp, các trường chỉ còn khoảng {low}% dự toán cho mua sắm, sửa chữa và hoạt động dạy học.",
        "Kinh phí chi thường xuyên ngoài lương thấp, nhà trường khó tổ chức các hoạt động trải nghiệm.",
    ],
    "L_ketnoi": [
        "Đường truyền internet ở các điểm trường vùng cao chập chờn, không đủ cho dạy học trực tuyến.",
        "{k} điểm trường lẻ chưa có mạng internet, giáo viên phải phát sóng từ điện thoại để nhập điểm.",
    ],
    "L_phuhuynh": [
        "Một bộ phận cha mẹ học sinh chưa quan tâm đến việc học của con, phó mặc cho nhà trường.",
        "Nhiều phụ huynh đi làm xa, gửi con cho ông bà, việc phối hợp giữa gia đình với nhà trường còn hạn chế.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_chedogv": [
        "Tiền dạy thêm giờ của giáo viên năm học trước đến nay chưa được chi trả đủ.",
        "Chế độ phụ cấp thu hút cho giáo viên công tác ở vùng đặc biệt khó khăn chậm được giải quyết.",
    ],
    "LD_nhavanhoa": [
        "Nhà văn hóa của {k} thôn đã xuống cấp, thiếu bàn ghế, loa đài phục vụ sinh hoạt cộng đồng.",
        "Thiết chế văn hóa cơ sở chưa được đầu tư, nhiều nhà văn hóa thôn dột nát.",
    ],
    "LD_hocthem": [
        "Tình trạng dạy thêm, học thêm trái quy định vẫn còn, có giáo viên tổ chức dạy thêm cho chính học sinh lớp mình.",
        "Một số cơ sở dạy thêm ngoài nhà trường hoạt động chưa đăng ký, chưa được kiểm tra.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_tuyengv": [
        "Tuyển dụng đủ giáo viên trong số biên chế được giao, ưu tiên các môn đang thiếu như Tin học, Tiếng Anh, Nghệ thuật.",
        "Ký hợp đồng lao động với giáo viên để bù đắp số còn thiếu, bảo đảm không lớp nào thiếu người đứng lớp.",
        "Đề nghị tỉnh giao bổ sung chỉ tiêu biên chế giáo viên cho {unit} để tổ chức thi tuyển ngay trong hè.",
        "Rà soát, điều động giáo viên từ nơi thừa sang nơi thiếu, đồng thời mở đợt tuyển dụng mới.",
    ],
    "S_csvc": [
        "Ưu tiên nguồn vốn đầu tư công để xây phòng học bộ môn, nhà đa năng và sửa chữa các phòng học xuống cấp.",
        "Tiếp tục kiên cố hóa trường lớp, dành {x} tỷ đồng cải tạo cơ sở vật chất các trường vùng khó khăn.",
        "Bố trí kinh phí xây thêm phòng học để đủ chỗ cho học sinh học hai buổi một ngày.",
    ],
    "S_chatluong": [
        "Đổi mới phương pháp dạy học, kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực học sinh.",
        "Nâng cao chất lượng giáo dục đại trà, tập trung phụ đạo học sinh yếu ngay từ đầu năm học.",
        "Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018, chú trọng dạy học gắn với thực tiễn để nâng chất lượng.",
        "Tăng cường sinh hoạt chuyên môn theo nghiên cứu bài học, dự giờ thăm lớp để nâng chất lượng từng tiết dạy.",
    ],
    "S_chuanqg": [
        "Phấn đấu có thêm {k} trường đạt chuẩn quốc gia trong năm học 2026 - 2027.",
        "Duy trì các tiêu chuẩn của trường đã đạt chuẩn quốc gia, tập trung đầu tư cho các trường đến hạn công nhận lại.",
        "Xây dựng lộ trình đưa các trường còn lại lên chuẩn quốc gia, ưu tiên trường mầm non.",
    ],
    "S_bohoc": [
        "Phối hợp với cha mẹ học sinh và chính quyền thôn vận động các em đã nghỉ học quay lại trường.",
        "Theo dõi sát học sinh có nguy cơ bỏ học, hỗ trợ kịp thời sách vở, quần áo để các em yên tâm đến lớp.",
        "Giao trách nhiệm cho giáo viên chủ nhiệm trong việc duy trì sĩ số, không để học sinh bỏ học.",
    ],
    "S_chuyendoiso": [
        "Đẩy mạnh chuyển đổi số trong dạy học, khuyến khích giáo viên thiết kế bài giảng điện tử, sử dụng học liệu số.",
        "Trang bị thêm màn hình tương tác, máy tính cho các lớp học, từng bước xây dựng trường học số.",
        "Mở rộng kho bài giảng trực tuyến dùng chung để học sinh tự học ở nhà.",
    ],
    "S_antoan": [
        "Xây dựng trường học an toàn, phòng, chống bạo lực học đường và tai nạn thương tích cho học sinh.",
        "Phối hợp với công an, đoàn thanh niên giữ gìn an ninh trật tự quanh cổng trường, không để đối tượng xấu lôi kéo học sinh.",
    ],
    "S_xahoihoa": [
        "Huy động sự đóng góp của doanh nghiệp, cha mẹ học sinh và nhà hảo tâm để cùng đầu tư cho giáo dục.",
        "Làm tốt công tác xã hội hóa, vận động nguồn lực xây sân chơi, mua đồ chơi cho các trường mầm non.",
    ],
    "S_phanluong": [
        "Làm tốt giáo dục hướng nghiệp, phân luồng học sinh sau trung học cơ sở vào học nghề.",
        "Tư vấn cho học sinh lớp 9 chọn hướng đi phù hợp, giảm áp lực thi vào lớp 10 công lập.",
    ],
    "S_sapxep": [
        "Sắp xếp lại mạng lưới trường lớp, sáp nhập các điểm trường lẻ có ít học sinh.",
        "Thu gọn điểm trường, đưa học sinh từ lớp 3 trở lên về học tại điểm trường chính.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_nhanvien": [
        "Bổ sung nhân viên kế toán, văn thư, y tế học đường cho các trường còn thiếu.",
        "Đề nghị giao chỉ tiêu tuyển nhân viên bảo vệ, cấp dưỡng cho các trường có học sinh bán trú.",
    ],
    "SD_giaothong": [
        "Đầu tư bê tông hóa đường giao thông nông thôn, ưu tiên các tuyến đường về trung tâm xã.",
        "Sửa chữa, nâng cấp các cầu, tràn bị hư hỏng sau mùa mưa lũ.",
    ],
    "SD_hanhchinh": [
        "Đẩy mạnh chuyển đổi số trong công tác quản lý, điều hành: xử lý văn bản, ký số trên phần mềm.",
        "Thực hiện gửi, nhận văn bản điện tử giữa các cơ quan, giảm dần giấy tờ trong chỉ đạo, điều hành.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Trường mầm non trung tâm được tặng Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.",
        "Tổ chức Hội khỏe Phù Đổng với hơn tám trăm vận động viên là học sinh.",
        "Khánh thành sân bóng đá mini do Tỉnh đoàn tài trợ cho trường trung học cơ sở.",
        "Nhà trường phối hợp với trạm y tế khám sức khỏe, tẩy giun cho toàn bộ học sinh tiểu học.",
        "Câu lạc bộ hát dân ca của học sinh người Tày sinh hoạt đều đặn mỗi chiều thứ sáu.",
        "Vườn rau do học sinh tự trồng cung cấp một phần rau xanh cho bếp ăn của trường.",
        "Dạy bơi miễn phí cho học sinh tiểu học tại bể bơi di động trong dịp hè.",
        "Lễ tri ân và trưởng thành cho học sinh lớp 9 được tổ chức trang trọng, ý nghĩa.",
        "Trường phổ thông dân tộc bán trú được một ngân hàng tặng hệ thống lọc nước uống.",
        "Cấp phép thành lập thêm hai nhóm trẻ độc lập tư thục ở khu công nghiệp.",
        "Tổ chức vui Tết Trung thu cho trẻ em ở các điểm trường vùng cao.",
        "Hội Cựu giáo chức gặp mặt nhân ngày Nhà giáo Việt Nam, tôn vinh các thầy cô đã nghỉ hưu.",
        "Giải cờ vua học sinh thu hút hơn hai trăm em tham gia.",
        "Học sinh trường trung học cơ sở thị trấn giao lưu với trường kết nghĩa bên kia biên giới.",
    ],
    "limitations": [
        "Tình trạng học sinh mải mê điện thoại, trò chơi trực tuyến ảnh hưởng đến việc học.",
        "Một số giáo viên lớn tuổi ngại đổi mới, còn dạy theo lối đọc chép.",
        "Sách giáo khoa của một vài môn về muộn so với ngày khai giảng.",
        "Bếp ăn bán trú của trường mầm non chưa bảo đảm quy trình một chiều.",
        "Trẻ khuyết tật học hòa nhập chưa có giáo viên được đào tạo chuyên sâu hỗ trợ.",
        "Tỷ lệ trẻ nhà trẻ ra lớp còn thấp do thiếu nhóm lớp cho trẻ dưới 3 tuổi.",
        "Việc thu các khoản đóng góp đầu năm ở một vài trường chưa đúng quy định, phụ huynh có ý kiến.",
        "Học sinh bị cận thị, cong vẹo cột sống có xu hướng tăng.",
        "Hồ sơ, sổ sách của giáo viên vẫn còn nhiều, gây áp lực.",
        "Thủ tục thanh lý tài sản, phòng học cũ kéo dài.",
        "Sau khi sắp xếp đơn vị hành chính, việc phân tuyến tuyển sinh còn lúng túng.",
        "Nhiều trường không có nhân viên y tế chuyên trách, công tác y tế trường học còn yếu.",
        "Giá thực phẩm tăng khiến mức tiền ăn bán trú không đủ bảo đảm dinh dưỡng cho trẻ.",
        "Đội tuyển học sinh giỏi chưa có giáo viên chuyên sâu môn Tin học để bồi dưỡng.",
    ],
    "solutions": [
        "Tổ chức khám mắt, phát hiện sớm tật khúc xạ cho học sinh.",
        "Thành lập nhóm trẻ cho con công nhân dưới 3 tuổi ở gần khu công nghiệp.",
        "Hướng dẫn học sinh sử dụng điện thoại đúng mục đích, ký cam kết với gia đình.",
        "Xây bếp ăn một chiều cho trường mầm non xã.",
        "Đưa nội dung giáo dục địa phương về lịch sử, văn hóa của tỉnh Hòa Lâm vào giảng dạy.",
        "Tổ chức hội diễn văn nghệ chào mừng ngày Nhà giáo Việt Nam 20 tháng 11.",
        "Thí điểm dạy tiếng Tày cho học sinh tiểu học ở hai xã vùng cao.",
        "Bố trí phòng tham vấn học đường ở mỗi trường trung học cơ sở.",
        "Rà soát, thanh lý bàn ghế cũ không đúng kích cỡ.",
        "Công khai các khoản thu đầu năm trên bảng tin nhà trường.",
        "Làm nhà công vụ cho giáo viên dạy ở điểm trường vùng cao.",
        "Tổ chức ngày hội STEM cho học sinh tiểu học.",
        "Phối hợp với trung tâm y tế kiểm tra định kỳ bếp ăn bán trú.",
        "Tập huấn cho giáo viên phương pháp dạy trẻ khuyết tật học hòa nhập.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 18, 16, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_thuvien": 3,
    "RD_gvgioi": 3,
    "RD_tuyensinh": 2,
    "LD_chedogv": 3,
    "LD_nhavanhoa": 2,
    "LD_hocthem": 2,
    "SD_nhanvien": 3,
    "SD_giaothong": 2,
    "SD_hanhchinh": 2,
}

DISTRICTS = [
    "huyện Lục Yên Hạ",
    "huyện Khánh Vĩnh Bắc",
    "thành phố Hòa Lâm",
    "huyện Trấn Yên Đông",
    "huyện Tam Nông Thượng",
    "thị xã Văn Chấn Nam",
    "huyện Bạch Thông Tây",
]
COMMUNE_STEMS = [
    "Phú Cường Hạ",
    "Thượng Ấm",
    "Hòa Phong Tây",
    "Nà Hang Bắc",
    "Mường Chanh",
    "Định Thành",
    "Vũ Lăng",
    "Ninh Xá",
    "Thái Hòa Bắc",
    "Xuân Quang",
    "Hương Sơn Hạ",
    "Cốc Pài",
    "Chiềng Ngần",
    "Bình Di",
    "Quảng Lạc",
    "Hà Châu",
    "Ngọc Tảo",
    "An Phú Thượng",
    "Trung Sơn Tây",
    "Liên Minh",
    "Gia Vượng",
    "Sơn Vi",
    "Kha Sơn",
    "Phúc Ứng",
    "Yên Nghĩa Hạ",
    "Thạch Khoán",
    "Lê Lợi Bắc",
    "Khuôn Lùng",
    "Tam Đa",
    "Đào Xá",
    "Nghĩa Hưng Thượng",
    "Minh Tiến",
    "Bản Lầu",
    "Tú Lệ",
    "Đồng Văn Hạ",
]

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
    openings=[
        "Thực hiện Công văn số {k}/SGDĐT-KHTC ngày 12/5/2026 của Sở Giáo dục và Đào tạo tỉnh Hòa Lâm về việc báo cáo tổng kết năm học 2025 - 2026, {unit} báo cáo như sau:",
        "Căn cứ Kế hoạch số {tr}/KH-UBND ngày 20/8/2025 về thực hiện nhiệm vụ năm học 2025 - 2026, {unit} báo cáo kết quả thực hiện như sau:",
        "Theo chỉ đạo của Ủy ban nhân dân tỉnh về tổng kết năm học và chuẩn bị cho năm học mới, {unit} báo cáo kết quả năm học 2025 - 2026 như sau:",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2025 - 2026",
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            "I. ĐÁNH GIÁ KẾT QUẢ NĂM HỌC",
        ],
        "limitations": [
            "II. HẠN CHẾ, KHÓ KHĂN",
            "II. NHỮNG TỒN TẠI, HẠN CHẾ",
            "II. NHỮNG KHÓ KHĂN, BẤT CẬP",
        ],
        "solutions": ["III. NHIỆM VỤ, GIẢI PHÁP NĂM HỌC 2026 - 2027", "III. PHƯƠNG HƯỚNG NĂM HỌC MỚI VÀ KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Quy mô trường lớp, cơ sở vật chất",
            "2. Đội ngũ và chất lượng giáo dục",
            "3. Các mặt công tác khác",
        ],
        "limitations": ["1. Hạn chế", "2. Nguyên nhân"],
        "solutions": ["1. Nhiệm vụ trọng tâm", "2. Đề xuất, kiến nghị"],
    },
    leads={
        "results": ["", "", "", "Năm học 2025 - 2026, ", "Nhìn chung, ", "Bên cạnh đó, ", "Nổi bật, "],
        "limitations": ["", "", "", "Tuy nhiên, ", "Bên cạnh đó, ", "Ngoài ra, "],
        "solutions": ["", "", "", "Năm học 2026 - 2027, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học 2026 - 2027",
    date="ngày {d} tháng 6 năm 2026",
    closing="Trên đây là báo cáo tổng kết năm học 2025 - 2026 của {unit}.",
    recipients="Nơi nhận: Sở Giáo dục và Đào tạo tỉnh Hòa Lâm; Thường trực cấp ủy; Lưu: VT.",
    placeholder="(Kèm theo biểu thống kê số liệu năm học)",
    proper=("Ủy ban", "Sở", "Ngành", "Hội Khuyến học", "Hội Cựu", "Công an"),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
